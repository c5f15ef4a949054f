package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "Thirty percent of farmers said", "one in four say", "nearly nine out of 10", "two-thirds of those asked": a
 * share of those asked, when it opens its clause; its head is "respondents". {@link MentionRule#SHARE}.
 */
final class Share implements BeforeCueRule.Nearest {
    private static final Set<String> NUMBER_WORDS = WordLists.load("mentions/number-words");
    private static final Set<String> SHARE_NOUNS = WordLists.load("mentions/share-nouns");
    private static final Set<String> SHARE_LEADS = WordLists.load("mentions/share-leads");
    private static final Set<String> PERCENT_WORDS = WordLists.load("mentions/percent-words");
    private static final Set<String> FRACTION_PLURALS = WordLists.load("mentions/fraction-plurals");
    private static final Set<String> SHARE_CONJUNCTIONS = WordLists.load("mentions/share-conjunctions");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        int share = shareStart(t, j);
        return share < 0 ? null : Readings.description(t, share, j, SpeakerType.UNKNOWN, "respondents", MentionRule.SHARE);
    }

    /** Where a share of people that ends at {@code j} starts: "Thirty percent (of voters)", "62% of those asked"; -1 otherwise. */
    private static int shareStart(TokenText t, int j) {
        for (int of = j - 1; of >= Math.max(1, j - 3); of--) { // "... of those surveyed"
            if (t.is(of, "of") && !t.is(of - 1, "out")) {
                int k = shareHead(t, of - 1);
                if (k >= 0) return k;
            }
        }
        return shareHead(t, j);
    }

    /** Where "Thirty percent", "one in four", "nine out of 10" that ends at {@code j} starts; -1 otherwise. */
    private static int shareHead(TokenText t, int j) {
        int k;
        if (PERCENT_WORDS.contains(t.lower(j)) && number(t, j - 1)) k = j - 1;
        else if (t.is(j, "cent") && t.is(j - 1, "per") && number(t, j - 2)) k = j - 2;
        else if (number(t, j) && t.is(j - 1, "in") && number(t, j - 2)) k = j - 2;
        else if (number(t, j) && t.is(j - 1, "of") && t.is(j - 2, "out") && number(t, j - 3)) k = j - 3;
        else if (fraction(t.lower(j)) || t.is(j, "half")) k = j; // "two-thirds"
        else if (SHARE_NOUNS.contains(t.lower(j)) && (t.is(j - 1, "a") || t.is(j - 1, "one"))) k = j - 1; // "a third"
        else return -1;
        while (k > 0 && SHARE_LEADS.contains(t.lower(k - 1))) k--;
        return k == 0 || !t.isWord(k - 1) || SHARE_CONJUNCTIONS.contains(t.lower(k - 1)) ? k : -1;
    }

    /** "two-thirds", "three-quarters": a word of letters, a hyphen and a plural fraction. */
    private static boolean fraction(String w) {
        int dash = w.indexOf('-');
        if (dash < 1 || !FRACTION_PLURALS.contains(w.substring(dash + 1))) return false;
        for (int i = 0; i < dash; i++) {
            if (w.charAt(i) < 'a' || w.charAt(i) > 'z') return false;
        }
        return true;
    }

    private static boolean number(TokenText t, int k) {
        if (k < 0 || k >= t.size()) return false;
        String w = t.lower(k);
        return Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
    }
}
