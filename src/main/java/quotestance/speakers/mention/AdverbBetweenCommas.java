package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.text.TokenText;

/**
 * "Experts and officials, however, said": an adverb between commas hides no apposition and no aside; the rules
 * after this one read the phrase before it. Reads no mention itself, so it has no {@link quotestance.model.MentionRule}.
 */
final class AdverbBetweenCommas implements BeforeCueRule.Nearest {
    private static final Set<String> TRANSPARENT_ADVERBS = WordLists.load("mentions/transparent-adverbs");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (!t.isPunct(j, ',') || j < 3 || !TRANSPARENT_ADVERBS.contains(t.lower(j - 1)) || !t.isPunct(j - 2, ',')) return null;
        at.skipTo(j - 3);
        return t.isPunct(j - 3, ',') || !t.isWord(j - 3) ? LookBack.NOBODY : null;
    }
}
