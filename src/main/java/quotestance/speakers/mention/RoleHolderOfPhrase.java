package quotestance.speakers.mention;

import quotestance.lexicon.Lexicons;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "A spokeswoman for the seller said", "a lawyer for the family told": no phrase near the cue names anyone, but a
 * role and a preposition come shortly before it; the holder of the role spoke, whatever the role is of. The mention
 * runs on to the cue. {@link MentionRule#ROLE_HOLDER_OF_PHRASE}.
 */
final class RoleHolderOfPhrase implements BeforeCueRule.NoPhrase {
    private static final Lexicons LEX = Lexicons.get();
    /** How far before the cue the preposition may be. */
    private static final int MAX_OBJECT_TOKENS = 5;

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int cue = at.cue();
        for (int p = cue - 1; p >= Math.max(1, cue - MAX_OBJECT_TOKENS); p--) {
            String w = t.lower(p);
            if (!t.isWord(p) || MentionWords.CLAUSE_OPENERS.contains(w) || MentionWords.FINITE_VERBS.contains(w) || w.equals("not")
                    || w.endsWith("ing") && !MentionWords.ROLE_PREPOSITIONS.contains(w)) return null;
            if (!MentionWords.ROLE_PREPOSITIONS.contains(w)) continue;
            // "for the buyer", not "for not supporting X"
            if (p == cue - 1 || !MentionWords.PHRASE_DETERMINERS.contains(t.lower(p + 1))) return null;
            String role = t.lower(p - 1);
            if (t.isCapitalized(p - 1) || !(LEX.isRole(role) || LEX.isTitle(role))) return null;
            Mention holder = at.nearestBefore(p);
            return holder != null && holder.kind() == Mention.Kind.DESCRIPTION && holder.type() == SpeakerType.PERSON
                    ? Readings.widened(holder, t.end(cue - 1), MentionRule.ROLE_HOLDER_OF_PHRASE) : null;
        }
        return null;
    }
}
