package quotestance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes small invented corpora for the job tests. */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static String line(Map<String, ?> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path jsonl(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /** Six invented articles with the traps the job must keep offsets through: emoji, CRLF, NBSP, curly quotes. */
    public static List<String> sixArticles() {
        return List.of(
                line(Map.of("id", "t-1", "source", "Test Wire", "published", "2024-02-03",
                        "title", "Ministers meet", "url", "https://example.test/1",
                        "text", "Foreign ministers met in Oslo on Monday. \u201CWe made progress,\u201D said Ana Ruiz.\n\nThe talks resume on Feb. 10 in Geneva.")),
                line(Map.of("id", "t-2", "source", "Test Wire", "published", "2024-03-15T08:30:00Z",
                        "text", "\uD83D\uDE80 Launch day \uD83C\uDF89 arrived. Dr. Mehmet Aksoy watched from the U.S. base.\r\n\r\nHe said the test went well.")),
                line(Map.of("id", "t-3", "source", "Other Post",
                        "text", "Prices rose\u00A0sharply in March. Maj. Gen. Leila Noor said the army would help.\nShe added that aid was coming.")),
                line(Map.of("id", "t-4", "source", "Other Post", "published", "2023-12-31",
                        "text", "A short note without a full stop")),
                line(Map.of("id", "t-5", "published", "not a date",
                        "text", "\"Nobody will leave. Nobody!\" the mayor said. Residents cheered.")),
                line(Map.of("id", 6, "text", "Numeric ids are kept as text. \uD835\uDC00\uD835\uDC01 are two letters outside the BMP.")));
    }
}
