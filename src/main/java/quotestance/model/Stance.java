package quotestance.model;

/**
 * The stance of a holder toward a party at one mention. {@code quoteId} is null when the holder is the
 * article's author (the sentence lies outside every quote).
 */
public record Stance(String quoteId, String holder, String holderId, String party, Span mention,
                     StanceLabel label, double score, String evidence) {
}
