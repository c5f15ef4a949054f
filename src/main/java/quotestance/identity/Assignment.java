package quotestance.identity;

/**
 * The corpus-wide speaker of one name of one article.
 *
 * @param identity how it was decided: {@code full-name}, {@code surname-dominant}, {@code surname-titles},
 *                 {@code surname-ambiguous} or {@code single-name}
 * @param share    for a surname alone, the share of the surname's full-name articles its most frequent bearer
 *                 holds; 1 otherwise
 */
public record Assignment(String articleId, String name, String speakerId, String type, String identity, double share) {
}
