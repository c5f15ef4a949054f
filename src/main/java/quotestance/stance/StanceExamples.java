package quotestance.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.UserError;

/** Reads target lines {@code {"id", "text", "target_start", "target_end", ["label"]}} (code-point offsets). */
public final class StanceExamples {
    /** One target: its id, text, UTF-16 span, and gold label when the file has one. */
    public record Target(String id, String text, int start, int end, String label) {
    }

    private StanceExamples() {
    }

    public static List<Target> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Target> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNumber++;
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = json.readTree(line);
                } catch (IOException e) {
                    throw new UserError(file + " line " + lineNumber + ": not JSON");
                }
                String text = n.path("text").asText(null);
                if (text == null || !n.path("target_start").isInt() || !n.path("target_end").isInt() || !n.has("id")) {
                    throw new UserError(file + " line " + lineNumber + ": needs id, text, target_start, target_end");
                }
                int cps = text.codePointCount(0, text.length());
                int s = n.get("target_start").asInt();
                int e = n.get("target_end").asInt();
                if (s < 0 || e < s || e > cps) throw new UserError(file + " line " + lineNumber + ": target offsets outside the text");
                out.add(new Target(n.get("id").asText(), text, text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e),
                        n.path("label").asText(null)));
            }
        }
        return out;
    }
}
