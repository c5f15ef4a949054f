package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.FINITE_VERBS;
import static quotestance.speakers.mention.MentionWords.SUBJECT_PRONOUNS;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.text.TokenText;

/**
 * "An inspector with the agency who was in the gallery told": a relative clause without commas, with a verb of its
 * own, ends right before the cue; the inspector spoke, not the gallery ("the man who Trump said" keeps Trump).
 * Before a plain speech verb a reduced one counts too ("Officials investigating the crash said"). The speaker is
 * read before the clause by all the rules, and the mention is {@link MentionRule#RESTRICTIVE_RELATIVE}, as for an
 * aside.
 */
final class RestrictiveRelative implements BeforeCueRule.Nearest {
    /** How far back the "who" may be. */
    private static final int MAX_RELATIVE_TOKENS = 10;
    private static final Set<String> NON_VERB_ING_WORDS = WordLists.load("mentions/non-verb-ing-words");

    @Override
    public Mention read(LookBack at) {
        if (at.asidesLeft() <= 0) return null;
        TokenText t = at.text();
        int cue = at.cue();
        boolean plainCue = cue < t.size() && (MentionWords.plainSpeech(t.lower(cue)) || t.is(cue, "say"));
        int who = restrictiveRelativeStart(t, at.end(), plainCue);
        if (who <= 0) return null;
        Mention m = at.speakerBefore(who);
        return m == null ? null : m.withRule(MentionRule.RESTRICTIVE_RELATIVE);
    }

    /**
     * The "who" that opens a relative clause without commas ending at {@code j}, when the clause has a verb of its own
     * ("who was present in court", not "the man who Trump said"), or with {@code participles} the -ing word that opens
     * a reduced one ("officials investigating the crash"); -1 when there is none.
     */
    private static int restrictiveRelativeStart(TokenText t, int j, boolean participles) {
        for (int k = j - 1; k >= Math.max(1, j - MAX_RELATIVE_TOKENS); k--) {
            if (!t.isWord(k) || MentionWords.CLAUSE_OPENERS.contains(t.lower(k)) || t.is(k, "that") || t.is(k, "which")) return -1;
            if (participles && reducedRelative(t, k)) return k; // "The review board's decision granting his transfer said"
            if (!t.is(k, "who")) continue;
            if (!t.isWord(k - 1) || SUBJECT_PRONOUNS.contains(t.lower(k - 1))) return -1;
            if (k + 1 <= j && !t.isCapitalized(k + 1) && verbLike(t.lower(k + 1))) return k; // "who lives", "who worked"
            for (int v = k + 1; v <= j; v++) if (FINITE_VERBS.contains(t.lower(v))) return k;
            return -1;
        }
        return -1;
    }

    /** An -ing word that opens a phrase after a noun ("officials investigating the crash", "a man living nearby"). */
    private static boolean reducedRelative(TokenText t, int k) {
        String w = t.lower(k);
        return w.length() > 5 && w.endsWith("ing") && !t.isCapitalized(k) && !NON_VERB_ING_WORDS.contains(w)
                && k > 0 && t.isWord(k - 1) && !MentionWords.PHRASE_DETERMINERS.contains(t.lower(k - 1))
                && !SUBJECT_PRONOUNS.contains(t.lower(k - 1)) && !FINITE_VERBS.contains(t.lower(k - 1))
                && !t.lower(k - 1).endsWith("ing") && !t.is(k - 1, "not")
                && !t.lower(k - 1).endsWith("'s") && !t.lower(k - 1).endsWith("\u2019s"); // "Peru's mining"
    }

    private static boolean verbLike(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"));
    }
}
