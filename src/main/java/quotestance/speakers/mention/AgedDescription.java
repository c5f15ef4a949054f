package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "the 26-year-old forward said", "a 40-year-old nurse told": a person described by age and role, in lower case.
 * {@link MentionRule#AGED_DESCRIPTION}.
 */
final class AgedDescription implements BeforeCueRule.Nearest {
    private static final Set<String> ARTICLES = WordLists.load("mentions/articles");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        int aged = agedDescriptionStart(t, j);
        return aged < 0 ? null : Readings.description(t, aged, j, SpeakerType.PERSON, t.lower(j), MentionRule.AGED_DESCRIPTION);
    }

    /** Where "the 26-year-old (right) wing" that ends at {@code j} starts; -1 otherwise. */
    private static int agedDescriptionStart(TokenText t, int j) {
        for (int a = j - 1; a >= Math.max(1, j - 2); a--) {
            if (t.lower(a).endsWith("-year-old") && Character.isDigit(t.lower(a).charAt(0))) {
                for (int k = a + 1; k <= j; k++) if (!t.isWord(k) || t.isCapitalized(k)) return -1;
                return ARTICLES.contains(t.lower(a - 1)) ? a - 1 : -1;
            }
        }
        return -1;
    }
}
