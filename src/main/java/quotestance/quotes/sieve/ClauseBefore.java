package quotestance.quotes.sieve;

import quotestance.model.Mention;
import quotestance.model.Span;
import quotestance.text.TokenText;

/**
 * {@code CLAUSE, X said.} or {@code CLAUSE, X said, CLAUSE.}: the clause before the speaker's comma, and the rest
 * of the clause after the cue's comma when the attribution stands inside it (null when an adjunct of the
 * attribution follows the comma instead). Read by the parenthetical and clause-before-subject sieves alike.
 */
record ClauseBefore(Span before, Span rest) {
    /** The clause of a verb cue with a speaker and room for a clause; null when the cue does not stand so. */
    static ClauseBefore read(CueSite site) {
        TokenText t = site.tokens();
        int i = site.index();
        String text = site.text();
        Mention s = site.speaker();
        int mStart = t.tokenAtOrAfter(s.span().start());
        boolean subjectAfterComma = mStart > 0 && t.isPunct(mStart - 1, ',')
                || mStart > 1 && t.isQuoteMark(mStart - 1) && t.isPunct(mStart - 2, ','); // `standards," a spokeswoman said`
        int k = site.afterCue();
        boolean commaAfter = k > i + 1 && t.isPunct(k - 1, ',');
        if (!subjectAfterComma || mStart <= 1 || !(commaAfter || Clauses.clauseEnds(t, k) || Clauses.trailingPhrase(t, k))) return null;
        int commaAt = t.isPunct(mStart - 1, ',') ? mStart - 1 : mStart - 2;
        Span before = Spans.trimTail(text, new Span(site.sentence().span().start(), t.isQuoteMark(mStart - 1) ? t.end(mStart - 1) : t.start(commaAt)));
        int minWords = commaAfter ? 1 : 3;
        if (before == null || Spans.wordCount(text, before) < minWords || site.cue().participle() || Clauses.circumstanceOnly(text, t, before)) return null;
        Span rest = null;
        if (commaAfter && k < t.size() && !Clauses.clauseEnds(t, k) && !Clauses.attributionAdjunct(t, k, false)) {
            rest = Clauses.clause(text, t, k, site.sentence());
        }
        return new ClauseBefore(before, rest);
    }
}
