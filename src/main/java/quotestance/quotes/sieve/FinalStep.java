package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.QuoteCandidate;

/** A reconciliation step over all the quotes of an article, once every sieve has run. */
public non-sealed interface FinalStep extends ReconciliationStep {
    List<QuoteCandidate> apply(List<QuoteCandidate> candidates, ArticleView article);
}
