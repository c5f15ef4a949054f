package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.QuoteCandidate;

/** A sieve that attributes a quotation in marks: its words are the quote, the sieve finds who said them. */
public non-sealed interface QuotationSieve extends QuoteSieve {
    /** The quote of the quotation, or null when this pattern does not attribute it. */
    QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims);

    @Override
    default List<QuoteCandidate> find(ArticleView article, Claims claims) {
        return new SieveChains(List.of(this)).find(article, claims);
    }
}
