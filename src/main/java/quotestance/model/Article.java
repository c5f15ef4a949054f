package quotestance.model;

import java.time.Instant;

/**
 * One input article. {@code text} is kept exactly as given: every offset in the project points into it.
 * Optional fields are null when the input has none.
 */
public record Article(String id, String text, String title, String source, Instant published, String url) {
    public Article {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("article id is required");
        if (text == null) throw new IllegalArgumentException("article text is required");
    }

    public static Article of(String id, String text) {
        return new Article(id, text, null, null, null, null);
    }
}
