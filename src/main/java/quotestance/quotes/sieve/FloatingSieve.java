package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * A quotation that stands as a statement but has no cue of its own (the next paragraph of a speaker's quote):
 * its speaker is found later, from the quotes before it. Terms in scare quotes, titles and lists of quoted words
 * are no statements: a short quotation inside a sentence of the author's, or a few words that end in a comma.
 */
public final class FloatingSieve implements QuotationSieve {
    /** Words an embedded quotation, or one left open inside a sentence, needs to stand as a statement. */
    private static final int MIN_EMBEDDED_WORDS = 8;
    /** Words at most that make a term, not a statement, when something stands before it. */
    private static final int MAX_TERM_WORDS = 3;

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_FLOATING;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        String text = article.text();
        Span content = q.content();
        int words = Spans.wordCount(text, content);
        String pre = q.pre();
        // embedded in a sentence of the author's: a mixed quote's fragment or a term in scare quotes, unless long
        if (q.embedded() && (words < MIN_EMBEDDED_WORDS || !Character.isUpperCase(Spans.firstLetter(text, content)))) return null;
        // a few words in marks with no cue are terms or titles ("platform," "ghosting," ...), not statements
        if (words <= MAX_TERM_WORDS && (!pre.isEmpty() && !q.ownSentence() || Spans.endsWithComma(text, content))) return null;
        if (!q.closed() && !pre.isEmpty() && !pre.endsWith(":") && words < MIN_EMBEDDED_WORDS) return null; // a stray opening mark
        return q.quote(null, null, null, rule(), RuleConfidence.of(rule()));
    }
}
