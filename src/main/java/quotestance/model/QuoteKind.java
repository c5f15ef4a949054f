package quotestance.model;

/** How a quote reports speech: in quotation marks, as a reported clause, or a reported clause with a quoted fragment. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
