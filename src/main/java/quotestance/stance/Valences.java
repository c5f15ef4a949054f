package quotestance.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word valences from the VADER sentiment lexicon (MIT) as the Maven artifact
 * {@code com.github.apanimesh061:vader-sentiment-analyzer} ships it: only its lexicon file is taken into the
 * jar. Empty when the file is absent.
 */
public final class Valences {
    static final String RESOURCE = "/vader_sentiment_lexicon.txt";

    private Valences() {
    }

    /** The lexicon, read once per JVM and shared read-only (quote rules and stance features both use it). */
    public static Map<String, Float> shared() {
        return Holder.VALENCES;
    }

    private static final class Holder {
        static final Map<String, Float> VALENCES = load();
    }

    static Map<String, Float> load() {
        Map<String, Float> out = new HashMap<>();
        try (InputStream in = Valences.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return Map.of();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                try {
                    out.put(f[0].toLowerCase(Locale.ROOT), Float.parseFloat(f[1]));
                } catch (NumberFormatException ignored) {
                    // a header or a malformed line carries no valence
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
