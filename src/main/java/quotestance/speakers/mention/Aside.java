package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.text.TokenText;

/**
 * "A senior official, speaking on condition of anonymity, said", "An aide, who asked not to be named, said",
 * "Lavrov, in comments carried by TASS, called on": the phrase between the commas describes the speaking, or the
 * speaker, and names no one; the speaker is read before it by all the rules. The mention is
 * {@link MentionRule#ASIDE} whatever rule read the phrase before the aside: the skip is what placed the speaker
 * away from the cue, and the mention's kind tells what the phrase is.
 */
final class Aside implements BeforeCueRule.Nearest {
    /** How far back the comma that opens an aside may be. */
    private static final int MAX_ASIDE_TOKENS = 32;
    private static final Set<String> ASIDE_SUBORDINATORS = WordLists.load("mentions/aside-subordinators");
    private static final Set<String> ASIDE_PREPOSITIONS = WordLists.load("mentions/aside-prepositions");
    private static final Set<String> ASIDE_RELATIVES = WordLists.load("mentions/aside-relatives");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        if (!t.isPunct(j, ',') || at.asidesLeft() <= 0) return null;
        int open = asideStart(t, j);
        if (open <= 0) return null;
        Mention m = at.speakerBeforeAside(open);
        return m == null ? null : m.withRule(MentionRule.ASIDE);
    }

    /**
     * The comma that opens an aside ending at the comma {@code close}: a phrase of an -ing participle ("speaking on
     * condition of anonymity"), a relative clause ("who asked not to be named") or of circumstance ("in a statement",
     * "on Monday"). -1 when there is none.
     */
    private static int asideStart(TokenText t, int close) {
        for (int k = close - 1; k >= Math.max(1, close - MAX_ASIDE_TOKENS); k--) {
            if (t.isQuoteMark(k) || t.isPunct(k, '.') && !Boundaries.abbreviationPoint(t, k) || t.isPunct(k, ';') || t.isPunct(k, ':')) return -1;
            if (!t.isPunct(k, ',')) continue;
            if (k + 1 >= close || !t.isWord(k + 1) || t.isCapitalized(k + 1)) return -1;
            String w = t.lower(k + 1);
            boolean participle = w.length() > 5 && w.endsWith("ing") && !w.equals("including") && !w.equals("according");
            boolean relative = ASIDE_RELATIVES.contains(w);
            boolean circumstance = ASIDE_PREPOSITIONS.contains(w) // "Lavrov, in comments carried by TASS, called on"
                    || ASIDE_SUBORDINATORS.contains(w); // "Vidal, when asked what was missing, replied"
            return (participle || relative || circumstance) && t.isWord(k - 1) ? k : -1;
        }
        return -1;
    }
}
