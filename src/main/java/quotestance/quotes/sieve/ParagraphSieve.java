package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;

/** A sieve that reads a paragraph as one quote with no quotation marks: a post, a pull quote, a transcript's turn. */
public non-sealed interface ParagraphSieve extends QuoteSieve {
    /** The paragraph's quote, or null; a sieve that takes the paragraph's text as quoted claims it. */
    QuoteCandidate read(Paragraph p, ArticleView article, Claims claims);

    @Override
    default List<QuoteCandidate> find(ArticleView article, Claims claims) {
        return new SieveChains(List.of(this)).find(article, claims);
    }
}
