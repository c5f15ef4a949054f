package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/** "Some suggested that ...", "but many say": a quantifier that opens its clause stands alone as the speaker. {@link MentionRule#QUANTIFIER}. */
final class Quantifier implements BeforeCueRule.Nearest {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (!MentionWords.QUANTIFIERS.contains(t.lower(j))) return null;
        if (j > 0 && t.isWord(j - 1) && !t.is(j - 1, "and") && !t.is(j - 1, "but")) return null;
        return Readings.description(t, j, j, SpeakerType.UNKNOWN, t.lower(j), MentionRule.QUANTIFIER);
    }
}
