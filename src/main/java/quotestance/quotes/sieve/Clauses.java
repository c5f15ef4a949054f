package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/** Where a reported clause starts and ends inside its sentence's tokens. */
final class Clauses {
    static final Set<String> SUBORDINATORS = WordLists.load("quotes/subordinators");
    static final Set<String> RELATIVE_PRONOUNS = WordLists.load("quotes/relative-pronouns");
    static final Set<String> BE_FORMS = WordLists.load("quotes/be-forms");
    static final Set<String> SUBJECT_PRONOUNS = WordLists.load("quotes/subject-pronouns");
    static final Set<String> CLAUSE_LEADS = WordLists.load("quotes/clause-leads");
    static final Set<String> TRAILING_PREPOSITIONS = WordLists.load("quotes/trailing-prepositions");
    /** After a comma inside a reported clause, these open a clause of the author's (or another attribution). */
    private static final Set<String> CLAUSE_BREAKS = WordLists.load("quotes/clause-breaks");
    private static final Set<String> EVEN_CONJUNCTIONS = WordLists.load("quotes/even-conjunctions");
    private static final Set<String> VERB_LEADS = WordLists.load("quotes/verb-leads");
    private static final Set<String> ING_NON_PARTICIPLES = WordLists.load("quotes/ing-non-participles");
    private static final Set<String> SOURCE_DESCRIPTION_LEADS = WordLists.load("quotes/source-description-leads");
    private static final Set<String> CIRCUMSTANCE_OPENERS = WordLists.load("quotes/circumstance-openers");

    private Clauses() {
    }

    static boolean clauseEnds(TokenText t, int k) {
        if (k >= t.size()) return true;
        String w = t.word(k);
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || (t.isQuoteMark(k) && k == t.size() - 1);
    }

    /**
     * The clause from token {@code k} to the end of the sentence, without the final punctuation; it stops where
     * a new clause with its own subject or a contrast begins (", he added", ", although ...", "; ...").
     */
    static Span clause(String text, TokenText t, int k, Sentence sentence) {
        while (k < t.size() && !t.isWord(k) && !t.isQuoteMark(k)) k++;
        if (k >= t.size()) return null;
        int end = sentence.span().end();
        boolean quoted = false;
        int lead = t.is(k, "that") ? k + 1 : k;
        int openingComma = lead > k && lead < t.size() && t.isPunct(lead, ',') ? lead++ : -1; // "that, if elected, he would"
        boolean subordinate = lead < t.size() && SUBORDINATORS.contains(t.lower(lead)); // "that if he runs, he would"
        for (int j = k; j < t.size(); j++) {
            if (t.isQuoteMark(j)) {
                quoted = !quoted;
                // `business," while trying ...`: the comma stands inside the closing mark
                if (!quoted && j > k + 3 && t.isPunct(j - 1, ',') && j + 1 < t.size() && CLAUSE_BREAKS.contains(t.lower(j + 1))) {
                    end = t.end(j);
                    break;
                }
            }
            if (quoted) continue;
            if (t.isPunct(j, ';')) {
                end = t.start(j);
                break;
            }
            if (j == openingComma) continue;
            if (t.isPunct(j, ',') && subordinate) {
                subordinate = false; // the comma that closes the subordinate clause
                continue;
            }
            if (t.isPunct(j, ',') && j + 1 < t.size() && CLAUSE_BREAKS.contains(t.lower(j + 1)) && j > k + 2
                    && !(t.is(j + 1, "even") && !EVEN_CONJUNCTIONS.contains(t.lower(j + 2)))) { // not ", even marriages,"
                end = t.start(j);
                break;
            }
            if (j > k && t.isPunct(j, ',') && j + 1 < t.size() && (invertedSpeechCue(t.lower(j + 1))
                    || (t.isCapitalized(j + 1) || t.is(j + 1, "the")) && nextAttribution(t, j + 1))) { // "..., the Front said"
                end = t.start(j); // "who has proposed repealing it, said ...": the sentence's own attribution
                break;
            }
            if (j > k + 2 && (t.is(j, "but") || t.is(j, "and")) && j + 1 < t.size() && coordinatedCue(t.lower(j + 1))) {
                end = t.start(j); // "Odum said the governor was wrong and criticized him": the speaker's second verb
                break;
            }
            if (j > k + 2 && (t.is(j, "but") || t.is(j, "and")) && nextAttribution(t, j + 1)) {
                end = t.start(j); // "... in 90 per cent of cases but Chapman says ...": the next attribution
                break;
            }
            if (j > k + 2 && (t.isPunct(j, '\u2014') || t.isPunct(j, '\u2013') || t.isPunct(j, '-') && t.start(j) > t.end(j - 1))
                    && nextAttribution(t, j + 1)) {
                end = t.start(j); // "... a chicken — Scheer insists it is ...": the next attribution
                break;
            }
            if (j > k + 2 && t.isPunct(j, ',') && t.is(j + 1, "and") && j + 2 < t.size()
                    && (CLAUSE_BREAKS.contains(t.lower(j + 2)) || SUBORDINATORS.contains(t.lower(j + 2)))) {
                end = t.start(j); // "..., and when pressed ...", "..., and he noted ..."
                break;
            }
        }
        return Spans.trimTail(text, new Span(t.start(k), end));
    }

    /** Whether a subject and a speech cue open the words at {@code k} ("Scheer insists", "but the chiefs say"). */
    static boolean nextAttribution(TokenText t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 5); j++) {
            // "... but that it would add ...", "... but also because he denied ...": the clause's own verbs
            if (!t.isWord(j) || VERB_LEADS.contains(t.lower(j)) || SUBORDINATORS.contains(t.lower(j))
                    || RELATIVE_PRONOUNS.contains(t.lower(j))) return false;
            Lexicons.CueWord c = Lexicons.get().cue(t.lower(j));
            // "... and are asked to work nights": a passive reports nothing,
            // and "... and other buyers who agreed to ...": a relative clause's verb, not a new attribution
            if (c != null && c.speech()) return j > k && !BE_FORMS.contains(t.lower(j - 1)) && !RELATIVE_PRONOUNS.contains(t.lower(j - 1));
        }
        return false;
    }

    /** "that" opening a clause; not the determiner of "questioned that logic." or "that logic in ...". */
    static boolean startsWithThat(TokenText t, int k) {
        if (!t.is(k, "that")) return false;
        boolean determiner = k + 1 < t.size() && t.isWord(k + 1) && !t.isCapitalized(k + 1)
                && !SUBJECT_PRONOUNS.contains(t.lower(k + 1)) && !CLAUSE_LEADS.contains(t.lower(k + 1))
                && (k + 2 >= t.size() || !t.isWord(k + 2) || TRAILING_PREPOSITIONS.contains(t.lower(k + 2)));
        return !determiner;
    }

    /**
     * Whether the phrase at {@code k}, right after an attribution and its comma, belongs to the attribution and not
     * to what was said: an -ing phrase ("..., he said, adding that ...", "..., according to the ministry, citing
     * ...") or, after a source, its description ("according to CrowdTangle, a tool that ...").
     */
    static boolean attributionAdjunct(TokenText t, int k, boolean afterSource) {
        if (k >= t.size() || !t.isWord(k) || t.isCapitalized(k)) return false;
        String w = t.lower(k);
        if (afterSource && SOURCE_DESCRIPTION_LEADS.contains(w)) return true;
        return w.length() > 5 && w.endsWith("ing") && !ING_NON_PARTICIPLES.contains(w);
    }

    /** "from Winnipeg." "in an interview on Tuesday.": a short phrase of place or time that ends the sentence. */
    static boolean trailingPhrase(TokenText t, int k) {
        if (k >= t.size() || !TRAILING_PREPOSITIONS.contains(t.lower(k))) return false;
        for (int j = k; j < t.size() && j <= k + 7; j++) {
            if (clauseEnds(t, j)) return true;
            if (t.is(j, "that") || t.isQuoteMark(j)) return false;
        }
        return false;
    }

    /** "On Saturday", "In a statement", "for years": a phrase of time or place alone, which nobody said. */
    static boolean circumstanceOnly(String text, TokenText t, Span phrase) {
        int first = t.tokenAtOrAfter(phrase.start());
        int last = t.tokenAtOrAfter(phrase.end()) - 1;
        for (int k = first; k <= last && k < t.size(); k++) if (MentionParser.FINITE_VERBS.contains(t.lower(k))) return false;
        return first < t.size() && (CIRCUMSTANCE_OPENERS.contains(t.lower(first)) || CuePhrases.TIME_WORDS.contains(t.lower(first)))
                && Spans.wordCount(text, phrase) <= 4;
    }

    /** Whether a finite verb (or a negation) is among the next {@code window} words from {@code from}. */
    static boolean finiteVerbWithin(TokenText t, int from, int window) {
        for (int k = from; k < Math.min(t.size(), from + window); k++) {
            if (!t.isWord(k)) return false;
            String w = t.lower(k);
            if (MentionParser.FINITE_VERBS.contains(w) || w.equals("not") || w.equals("n't")) return true;
        }
        return false;
    }

    static boolean isParticiple(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.participle();
    }

    private static boolean coordinatedCue(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.coordinated();
    }

    /** A speech cue the speaker may follow ("said", "added"). */
    static boolean invertedSpeechCue(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.speech() && c.inverted();
    }
}
