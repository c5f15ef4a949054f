package quotestance.quotes.sieve;

import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.text.TokenText;

/**
 * {@code Odum accused the board of delays and called on it to resign}: a cue inside the clause of an earlier one
 * but coordinated with it (after "and", "and also", or a comma before a participle) is the speaker's next verb;
 * the earlier clause ends before it, and goes when fewer than two words are left.
 */
public final class CoordinatedCueEndsClause implements PairStep {
    private static final int MIN_WORDS = 2;

    @Override
    public Meeting apply(Meeting m, ArticleView article, Claims claims) {
        if (!m.nested() || !m.coordinated(article)) return m;
        String text = article.text();
        QuoteCandidate prev = m.previous();
        TokenText t = article.tokens(m.next().sentenceIndex());
        int j = m.cueToken(article) - 1;
        while (j >= 0 && (t.is(j, "and") || t.is(j, "also") || t.isPunct(j, ','))) j--;
        int end = j >= 0 ? t.end(j) : prev.content().start();
        Span shortened = end > prev.content().start() ? Spans.trimTail(text, new Span(prev.content().start(), end)) : null;
        if (shortened == null || Spans.wordCount(text, shortened) < MIN_WORDS) return m.replacePrevious(null);
        return m.replacePrevious(Spans.withContent(text, prev, shortened));
    }
}
