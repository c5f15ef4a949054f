package quotestance.speakers.mention;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/** "All those involved say", "those affected said": "those" and a participle as the subject. {@link MentionRule#THOSE_PARTICIPLE}. */
final class ThoseParticiple implements BeforeCueRule.Nearest {
    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (j < 1 || !t.is(j - 1, "those") || !t.lower(j).endsWith("ed")) return null;
        int d = j >= 2 && (t.is(j - 2, "all") || t.is(j - 2, "many")) ? j - 2 : j - 1;
        return Readings.description(t, d, j, SpeakerType.UNKNOWN, "those", MentionRule.THOSE_PARTICIPLE);
    }
}
