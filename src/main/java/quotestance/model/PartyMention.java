package quotestance.model;

/** A mention of a party (state, organisation, group); {@code quoteId} is set when it lies inside a quote. */
public record PartyMention(String party, String partyType, Span span, String quoteId) {
}
