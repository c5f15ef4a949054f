package quotestance.quotes.sieve;

/**
 * A named rule for where two quotes the sieves found conflict, once every sieve has run ({@link FinalStep}). {@link QuoteSieves} gives the order.
 */
public sealed interface ReconciliationStep permits FinalStep {
}
