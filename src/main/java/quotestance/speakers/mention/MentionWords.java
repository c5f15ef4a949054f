package quotestance.speakers.mention;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;

/**
 * The word lists that more than one mention rule reads (a list that one rule reads stays with that rule). Each is
 * a file under {@code lexicon/mentions/} that says which rules read it.
 */
public final class MentionWords {
    /** Words between a subject and its cue verb: "has said", "also told", "would later say". */
    public static final Set<String> AUXILIARIES = WordLists.load("mentions/auxiliaries");
    /** Auxiliaries and forms of "be" that make a clause finite. */
    public static final Set<String> FINITE_VERBS = WordLists.load("mentions/finite-verbs");
    /** Capitalised words that start sentences and are never part of a speaker's name. */
    public static final Set<String> SENTENCE_WORDS = WordLists.load("mentions/sentence-words");
    /** Capitalised words that mark a name as an institution's. */
    public static final Set<String> INSTITUTION_NAME_WORDS = WordLists.load("mentions/institution-name-words");

    static final Set<String> SUBJECT_PRONOUNS = WordLists.load("mentions/subject-pronouns");
    static final Set<String> PHRASE_DETERMINERS = WordLists.load("mentions/phrase-determiners");
    static final Set<String> QUANTIFIERS = WordLists.load("mentions/quantifiers");
    static final Set<String> CLAUSE_OPENERS = WordLists.load("mentions/clause-openers");
    static final Set<String> NOT_PLURAL_NOUNS = WordLists.load("mentions/not-plural-nouns");
    static final Set<String> ROLE_PREPOSITIONS = WordLists.load("mentions/role-prepositions");
    /** What opens a phrase of knowing ("a person familiar with the talks"): the description before it speaks. */
    static final Set<String> KNOWING_WORDS = WordLists.load("mentions/knowing-words");

    private MentionWords() {
    }

    /**
     * A cue form that is a verb only, never a noun ("claim", "notes", "reports" are both): a description before
     * it speaks. The {@code plain} column of cues.tsv.
     */
    static boolean plainSpeech(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.plainSpeech();
    }
}
