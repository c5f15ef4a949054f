package quotestance.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.model.Article;

/**
 * An annotated quote set (format 1 of {@code ../shared/eval/README.md}) read into memory: each article with its
 * gold quotes and its cross-validation fold. A set without folds gets them from a hash of the article id, so
 * every set splits the same way on every machine.
 */
public record GoldSet(String name, List<Item> items) {
    public static final int FOLDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article, as the analyzer reads it, and as the scorer judges it. */
    public record Item(Article article, QuoteScorer.GoldArticle gold) {
        public int fold() {
            return gold.fold();
        }
    }

    public static GoldSet read(Path path) throws IOException {
        String name = path.getFileName().toString().replaceFirst("\\.jsonl$", "");
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode a = JSON.readTree(line);
                String id = a.get("id").asText();
                int fold = a.path("fold").isInt() ? a.get("fold").asInt() : hashFold(id);
                Article article = new Article(id, a.get("text").asText(), null, a.path("source").asText(null), null, null);
                items.add(new Item(article, new QuoteScorer.GoldArticle(id, goldQuotes(a),
                        a.path("speakers_resolved").asBoolean(true), fold, a.path("quotes_complete").asBoolean(true))));
            }
        }
        return new GoldSet(name, List.copyOf(items));
    }

    /** Whether the set's gold speakers are resolved names (not mentions as written), so a ranker can learn from them. */
    public boolean speakersResolved() {
        return items.stream().allMatch(i -> i.gold().speakersResolved());
    }

    static int hashFold(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    private static List<QuoteScorer.Gold> goldQuotes(JsonNode a) {
        List<QuoteScorer.Gold> out = new ArrayList<>();
        for (JsonNode q : a.path("quotes")) {
            out.add(new QuoteScorer.Gold(q.get("start").asInt(), q.get("end").asInt(),
                    q.path("speaker").isTextual() ? q.get("speaker").asText() : null,
                    q.path("speaker_start").isInt() ? q.get("speaker_start").asInt() : null,
                    q.path("speaker_end").isInt() ? q.get("speaker_end").asInt() : null,
                    q.path("direct").asBoolean(false)));
        }
        return out;
    }
}
