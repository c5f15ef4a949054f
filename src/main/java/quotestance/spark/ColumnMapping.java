package quotestance.spark;

import java.io.Serializable;
import java.util.List;

/** Which input column holds each article field ({@code --id-col}, {@code --text-col}, ...). */
public record ColumnMapping(String id, String text, String title, String source, String published, String url)
        implements Serializable {
    public static ColumnMapping defaults() {
        return new ColumnMapping("id", "text", "title", "source", "published", "url");
    }

    public List<String> all() {
        return List.of(id, text, title, source, published, url);
    }
}
