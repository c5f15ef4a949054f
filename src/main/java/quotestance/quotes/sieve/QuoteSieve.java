package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/**
 * One attribution pattern: the rule it labels its quotes with, and how it finds them in an article, past what
 * earlier sieves took ({@link Claims}). A sieve is stateless and thread-safe; {@link QuoteSieves#ORDER} says
 * which comes first. Each reads one kind of unit, a quotation, a paragraph or a cue word, and the first sieve
 * in the order that reads a unit takes it.
 */
public sealed interface QuoteSieve permits QuotationSieve, ParagraphSieve, CueSieve {
    AttributionRule rule();

    /** The quotes this sieve alone finds in the article, taking what it uses from {@code claims}. */
    List<QuoteCandidate> find(ArticleView article, Claims claims);
}
