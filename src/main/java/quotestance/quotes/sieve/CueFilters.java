package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Sentence;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/** Cue words in a use that reports nothing: negated, passive, in a comparison, a noun, a link to another story. */
final class CueFilters {
    private static final Set<String> NEGATIONS = WordLists.load("quotes/negations");
    private static final Set<String> LINK_LABELS = WordLists.load("quotes/link-labels");
    private static final Set<String> PLEA_WORDS = WordLists.load("quotes/plea-words");
    private static final Set<String> LONE_OBJECTS = WordLists.load("quotes/lone-objects");
    /** The link labels are short: a sentence's first characters are read for one, never more. */
    private static final int MAX_LABEL_CHARS = 17;

    private CueFilters() {
    }

    /** "did not say", "has been praised": nothing was said; but "is saying" reports. */
    static boolean negatedOrPassive(TokenText t, int cue) {
        for (int j = cue - 1; j >= Math.max(0, cue - 4); j--) {
            String w = t.lower(j);
            if (NEGATIONS.contains(w)) return true;
            if (Clauses.BE_FORMS.contains(w)) return !t.is(cue, "saying") && !t.lower(cue).endsWith("ing"); // "is accused", not "is saying"
            if (!MentionParser.AUXILIARIES.contains(w)) return false;
        }
        return false;
    }

    /** Whether "than" opens the few words before the cue at {@code i} ("higher than town records say"): the clause is elided. */
    static boolean comparedWith(TokenText t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (!t.isWord(k)) return false;
            if (t.is(k, "than")) return true;
        }
        return false;
    }

    /**
     * Whether the noun-like cue at {@code i} is a verb here: after a plural subject ("tenants report they ..."),
     * closing the sentence ("..., researchers report."), or before "that" and a clause's subject ("the Post reports
     * that the ..."; not a relative's verb, as in "reports that list spending").
     */
    static boolean usedAsVerb(TokenText t, int i) {
        String before = i > 0 ? t.lower(i - 1) : "";
        boolean pluralSubject = t.is(i, "report") && i > 0 && t.isWord(i - 1) && !t.isCapitalized(i - 1)
                && before.length() > 3 && before.endsWith("s") && !before.endsWith("ss");
        boolean closesSentence = i + 1 < t.size() && t.isPunct(i + 1, '.');
        boolean thatClause = t.is(i + 1, "that") && i + 2 < t.size() && (t.isCapitalized(i + 2)
                || Clauses.CLAUSE_LEADS.contains(t.lower(i + 2)) || Character.isDigit(t.word(i + 2).charAt(0)));
        return pluralSubject || closesSentence || thatClause;
    }

    /**
     * Cue words in a use that reports nothing: "the index added 0.4 per cent", "he pleaded guilty", "she
     * screamed and banged the wall" (the words after the cue coordinate another verb, not a clause).
     */
    static boolean notAStatement(TokenText t, int cue, int afterCue, String lemma) {
        if (cue + 1 >= t.size()) return false;
        if (lemma.equals("add") && Character.isDigit(t.word(cue + 1).charAt(0))) return true;
        if (lemma.equals("plead") && PLEA_WORDS.contains(t.lower(cue + 1))) return true;
        return afterCue == cue + 1 && (t.is(afterCue, "and") || t.is(afterCue, "or"));
    }

    /** What follows the cue is no clause but a lone object ("said them, but ...", "said so."). */
    static boolean noClause(TokenText t, int k) {
        if (k >= t.size()) return false;
        String w = t.lower(k);
        // but `said it "takes all precautions"`: a quotation after the pronoun goes on with the clause
        return LONE_OBJECTS.contains(w) && (k + 1 >= t.size() || !t.isWord(k + 1) && !t.isQuoteMark(k + 1));
    }

    /**
     * "WATCH: Sanders says talks go on", "READ MORE: Trudeau says ...": a web page's link to another story,
     * carried into the text with its headline. The headline reports speech, but not in this article.
     */
    static boolean isLinkToAnotherStory(String text, Sentence sentence) {
        int start = sentence.span().start();
        int limit = Math.min(sentence.span().end(), start + MAX_LABEL_CHARS);
        for (int i = start; i < limit; i++) {
            if (text.charAt(i) == ':') return LINK_LABELS.contains(text.substring(start, i).strip());
        }
        return false;
    }
}
