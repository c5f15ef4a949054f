package quotestance.quotes.sieve;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * Speakers that stand apart from their cue: the subject that opens the sentence, the one a channel quotes
 * ("quoted the minister as saying"), the subject of a cue before a quotation.
 */
final class Subjects {
    static final Set<String> PHRASE_PREPOSITIONS = WordLists.load("quotes/phrase-prepositions");
    private static final Set<String> ARTICLES = WordLists.load("quotes/articles");
    private static final Set<String> QUOTING_FORMS = WordLists.load("quotes/quoting-forms");

    private final MentionParser mentions;
    private final Lexicons lex = Lexicons.get();

    Subjects(MentionParser mentions) {
        this.mentions = mentions;
    }

    /** The speaker of the cue at {@code cue} before a quotation: before it, after "according to", or after an inverted cue. */
    Mention subjectOf(TokenText t, int cue) {
        if (t.is(cue, "according")) return mentions.after(t, cue + 2);
        if (cue >= 3 && t.is(cue - 1, "as")) { // "the agency quoted the minister as saying: "...""
            Mention quoted = quotedAs(t, cue - 1);
            if (quoted != null) return quoted;
        }
        Mention m = mentions.before(t, cue);
        if (m != null) return m;
        Lexicons.CueWord c = lex.cue(t.lower(cue));
        return c != null && c.inverted() ? mentions.after(t, cue + 1) : null;
    }

    /** The mention between "quoted" and the "as" at {@code as} ("quoted the minister as saying"); null when none. */
    Mention quotedAs(TokenText t, int as) {
        if (as >= 3 && t.is(as - 1, "quoted") && Clauses.BE_FORMS.contains(t.lower(as - 2))) {
            return mentions.before(t, as - 2); // "He was quoted as saying (by local media) that ...": the subject
        }
        for (int k = as - 1; k >= Math.max(0, as - 12); k--) {
            if (!t.isWord(k) && !t.isPunct(k, ',') && !t.isPunct(k, '.')) return null;
            if (!QUOTING_FORMS.contains(t.lower(k))) continue;
            // the phrase that ends at "as", as if it stood before a cue: names and descriptions ("a police spokesman")
            Mention m = mentions.before(t, as);
            if (m != null && t.tokenAtOrAfter(m.span().start()) > k) return m;
            m = mentions.after(t, k + 1);
            return m != null && t.tokenAtOrAfter(m.span().end()) == as ? m : null;
        }
        return null;
    }

    /** The noun phrase that opens the sentence, when it does ("BC Hydro reminded customers ..., saying ..."). */
    Mention sentenceSubject(TokenText t, int before) {
        int k = 0;
        if (k < before && t.isQuoteMark(k)) { // `"...," he said, insisting that`: the subject follows the quotation
            int close = k + 1;
            while (close < before && !t.isQuoteMark(close)) close++;
            k = close + 1;
            while (k < before && !t.isWord(k)) k++;
            Lexicons.CueWord cue = k < before ? lex.cue(t.lower(k)) : null;
            if (cue != null && cue.inverted()) { // `"...," said Devine, suggesting that`: the speaker follows the cue
                Mention m = mentions.after(t, k + 1);
                return m != null && t.tokenAtOrAfter(m.span().end()) < before ? m : null;
            }
        }
        while (k < before && !t.isWord(k)) k++;
        k = afterDateline(t, k, before);
        if (k < before && Clauses.SUBORDINATORS.contains(t.lower(k)) && !PHRASE_PREPOSITIONS.contains(t.lower(k))) return null; // "Because ..."
        if (k < before && (PHRASE_PREPOSITIONS.contains(t.lower(k)) || CuePhrases.TIME_WORDS.contains(t.lower(k)))) {
            // "In an interview with CNBC, Pompeo ...": the subject follows the opening phrase
            int comma = k;
            while (comma < before && !t.isPunct(comma, ',')) comma++;
            k = comma + 1;
        }
        if (k >= before) return null;
        Mention m = mentions.after(t, k);
        if (m == null) m = describedSubject(t, k, before);
        if (m == null || t.tokenAtOrAfter(m.span().end()) >= before) return null;
        return possessorsPart(t, m, before);
    }

    /**
     * "The judge spoke out on the plan, saying ...": a determiner, up to three lower-case words and then a verb;
     * the description no lexicon lists is the subject. Null otherwise.
     */
    private Mention describedSubject(TokenText t, int k, int before) {
        if (!ARTICLES.contains(t.lower(k))) return null;
        for (int h = k + 1; h < Math.min(before - 1, k + 4); h++) {
            if (!t.isWord(h) || t.isCapitalized(h) || lex.cue(t.lower(h)) != null) return null;
            String next = t.lower(h + 1);
            boolean verb = next.length() > 3 && next.endsWith("ed") || MentionParser.FINITE_VERBS.contains(next)
                    || lex.cue(next) != null;
            if (verb && !t.isCapitalized(h + 1)) {
                return new Mention(new Span(t.start(k), t.end(h)), null, List.of(), Mention.Kind.DESCRIPTION,
                        SpeakerType.UNKNOWN, (char) 0, t.lower(h), MentionRule.DESCRIBED_SUBJECT);
            }
        }
        return null;
    }

    /**
     * "The foreign ministry's travel office": the office, when the mention is a possessor and a lower-case
     * institution or role noun follows it; the mention itself otherwise.
     */
    private Mention possessorsPart(TokenText t, Mention m, int before) {
        String written = t.lower(t.tokenAtOrAfter(m.span().end()) - 1);
        if (!written.endsWith("'s") && !written.endsWith("\u2019s")) return m;
        int j = t.tokenAtOrAfter(m.span().end());
        int head = -1;
        for (int k = j; k < Math.min(before, j + 4) && t.isWord(k) && !t.isCapitalized(k); k++) {
            if (lex.isOrganization(t.lower(k)) || lex.isRole(t.lower(k))) head = k;
        }
        if (head < 0) return m;
        Mention whole = mentions.before(t, head + 1);
        return whole != null && whole.span().start() <= m.span().start() ? whole : m;
    }

    /**
     * The token after a dateline that opens the sentence ("RIYADH —", "TEHRAN (AP) --", "JERUSALEM (Reuters) -"):
     * a place in capitals and a dash within a few tokens. {@code k} when there is none.
     */
    private static int afterDateline(TokenText t, int k, int before) {
        if (k >= before || !t.isWord(k) || t.word(k).length() < 3 || !t.word(k).equals(t.word(k).toUpperCase(Locale.ROOT))) return k;
        for (int d = k + 1; d < Math.min(before, k + 8); d++) {
            String w = t.word(d);
            if (w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("-")) return d + 1;
            if (t.isPunct(d, '.') || t.isQuoteMark(d)) return k;
        }
        return k;
    }
}
