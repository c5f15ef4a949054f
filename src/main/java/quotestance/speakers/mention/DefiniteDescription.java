package quotestance.speakers.mention;

import static quotestance.speakers.mention.MentionWords.CLAUSE_OPENERS;
import static quotestance.speakers.mention.MentionWords.FINITE_VERBS;
import static quotestance.speakers.mention.MentionWords.PHRASE_DETERMINERS;
import static quotestance.speakers.mention.MentionWords.SUBJECT_PRONOUNS;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * "The coast guard said", "the harbour master says", "A retired engineer said", "a person familiar with the talks
 * said": a description no lexicon lists that opens its clause, before a verb that is never a noun (or a phrase of
 * knowing), also when an aside comes between ("A retired engineer, speaking on condition of anonymity, said").
 * {@link MentionRule#DEFINITE_DESCRIPTION}.
 */
final class DefiniteDescription implements BeforeCueRule.Nearest {
    private static final Lexicons LEX = Lexicons.get();
    private static final Set<String> SENTENCE_ADVERBS = WordLists.load("mentions/sentence-adverbs");
    private static final Set<String> DESCRIPTION_DETERMINERS = WordLists.load("mentions/description-determiners");

    @Override
    public Mention read(LookBack at) {
        TokenText t = at.text();
        int j = at.end();
        int verb = at.verb();
        if (verb >= t.size() || !MentionWords.plainSpeech(t.lower(verb)) && !MentionWords.KNOWING_WORDS.contains(t.lower(verb))) {
            return null;
        }
        int head = j > 0 && SENTENCE_ADVERBS.contains(t.lower(j)) ? j - 1 : j; // "the attackers now say"
        int described = definiteDescriptionStart(t, head);
        return described < 0 ? null
                : Readings.description(t, described, head, SpeakerType.UNKNOWN, t.lower(head), MentionRule.DEFINITE_DESCRIPTION);
    }

    /**
     * Where "the" or "a" and up to two modifiers before the lower-case noun at {@code j} open a clause ("The coast
     * guard", "the new landlord", "A veteran engineer"); -1 otherwise.
     */
    private static int definiteDescriptionStart(TokenText t, int j) {
        String head = t.lower(j);
        if (!t.isWord(j) || t.isCapitalized(j) || head.length() < 3 || LEX.cue(head) != null || SUBJECT_PRONOUNS.contains(head)
                || FINITE_VERBS.contains(head) || PHRASE_DETERMINERS.contains(head) || MentionWords.NOT_PLURAL_NOUNS.contains(head)
                || CLAUSE_OPENERS.contains(head) || head.equals("or") || head.equals("then")) return -1;
        for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
            String w = t.lower(k);
            if (DESCRIPTION_DETERMINERS.contains(w)) {
                return Boundaries.clauseOpensAt(t, k) ? k : -1; // "A retired engineer said", "Each side said"
            }
            if (!t.isWord(k) || LEX.cue(w) != null || SUBJECT_PRONOUNS.contains(w) || CLAUSE_OPENERS.contains(w)
                    || FINITE_VERBS.contains(w) || PHRASE_DETERMINERS.contains(w)) return -1;
        }
        return -1;
    }
}
