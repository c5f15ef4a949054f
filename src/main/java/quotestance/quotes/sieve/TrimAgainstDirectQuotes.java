package quotestance.quotes.sieve;

import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * A reported clause that runs into a direct quotation keeps only its part before the quotation; it is dropped
 * when it starts inside one or fewer than three words are left.
 */
public final class TrimAgainstDirectQuotes implements PairStep {
    private static final int MIN_WORDS = 3;

    @Override
    public Meeting apply(Meeting m, ArticleView article, Claims claims) {
        QuoteCandidate c = m.next();
        if (!claims.overlapsQuoted(c.content())) return m;
        String text = article.text();
        Span content = c.content();
        for (Span d : claims.quotedOverlapping(content)) {
            if (!d.overlaps(content)) continue;
            if (d.start() <= content.start()) return m.dropNext();
            content = Spans.trimTail(text, new Span(content.start(), d.start()));
            if (content == null) return m.dropNext();
        }
        if (Spans.wordCount(text, content) < MIN_WORDS) return m.dropNext();
        return Meeting.of(m.previous(), Spans.withContent(text, c, content));
    }
}
