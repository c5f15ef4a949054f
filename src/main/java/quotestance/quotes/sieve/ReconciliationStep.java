package quotestance.quotes.sieve;

/**
 * A named rule for where two quotes the sieves found conflict: while reported quotes are read a sentence at a
 * time ({@link PairStep}), or once every sieve has run ({@link FinalStep}). {@link QuoteSieves} gives the order.
 */
public sealed interface ReconciliationStep permits PairStep, FinalStep {
}
