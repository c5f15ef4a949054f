package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.text.TokenText;

/**
 * "the health ministry in Gaza said", "officials in Tehran say", "a spokesman at the embassy said": the nearest
 * phrase's name follows "in" or "at"; the name is where the speaker is, and who spoke is the phrase before the
 * preposition. The mention as written keeps its place: it runs on over the place's name. {@link MentionRule#SPEAKER_AT_PLACE}.
 */
final class SpeakerAtPlace implements BeforeCueRule.Beyond {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int n0 = at.nearestNameStart();
        if (n0 < 2 || !t.is(n0 - 1, "in") && !t.is(n0 - 1, "at") || !t.isWord(n0 - 2)) return null;
        Mention speaker = at.nearestBefore(n0 - 1);
        return speaker == null ? null : Readings.widened(speaker, at.nearest().span().end(), MentionRule.SPEAKER_AT_PLACE);
    }
}
