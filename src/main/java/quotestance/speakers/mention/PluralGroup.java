package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.NOT_PLURAL_NOUNS;
import static quotestance.speakers.mention.MentionWords.QUANTIFIERS;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "Social conservatives say", "the school's defenders said", "Critics of the plan say", "some in the community say":
 * a group named by a plural noun phrase that opens its clause, named by no one. {@link MentionRule#PLURAL_GROUP}.
 */
final class PluralGroup implements BeforeCueRule.Nearest {
    private static final Lexicons LEX = Lexicons.get();
    private static final Set<String> GROUP_PREPOSITIONS = WordLists.load("mentions/group-prepositions");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        int group = pluralGroupStart(t, j);
        for (int p = j - 1; group < 0 && p >= Math.max(1, j - 4); p--) { // "Critics of the plan", "some in the party"
            if (!t.isWord(p)) break;
            if (!GROUP_PREPOSITIONS.contains(t.lower(p))) continue;
            group = QUANTIFIERS.contains(t.lower(p - 1)) && Boundaries.clauseOpensAt(t, p - 1) ? p - 1 : pluralGroupStart(t, p - 1);
            break;
        }
        return group < 0 ? null : Readings.description(t, group, j, SpeakerType.UNKNOWN, t.lower(j), MentionRule.PLURAL_GROUP);
    }

    /**
     * Where a plural noun phrase that ends at {@code j} and opens its clause starts ("Social conservatives",
     * "the school's defenders", "many economists"); -1 otherwise.
     */
    private static int pluralGroupStart(TokenText t, int j) {
        String head = t.lower(j);
        if (head.length() < 4 || !head.endsWith("s") || head.endsWith("ss") || head.endsWith("'s") || !t.isWord(j)
                || t.isCapitalized(j) && j > 0 || NOT_PLURAL_NOUNS.contains(head) || LEX.cue(head) != null) return -1;
        int k = j;
        while (k > 0 && j - k < 4) {
            String w = t.lower(k - 1);
            if (MentionWords.PHRASE_DETERMINERS.contains(w) || QUANTIFIERS.contains(w)) return Boundaries.clauseOpensAt(t, k - 1) ? k - 1 : -1;
            if (!t.isWord(k - 1) && !w.equals("'s") && !w.equals("\u2019s") || MentionWords.CLAUSE_OPENERS.contains(w)) break;
            if (LEX.cue(w) != null || MentionWords.SUBJECT_PRONOUNS.contains(w) || NOT_PLURAL_NOUNS.contains(w)) return -1;
            k--;
        }
        return Boundaries.clauseOpensAt(t, k) ? k : -1;
    }
}
