package quotestance.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Vocabulary kept as data: a word list is a resource file {@code quotestance/lexicon/<name>.txt}, one word or
 * phrase a line, with {@code #} comment lines (the first ones say what the list is for and which rules read
 * it). Loaded once, into immutable sets that rules keep as constants.
 */
public final class WordLists {
    static final String ROOT = "/quotestance/lexicon/";

    private WordLists() {
    }

    /** The entries of {@code <name>.txt}, as written (case kept), in a set. */
    public static Set<String> load(String name) {
        return Set.copyOf(entries(name + ".txt"));
    }

    /** The entries of a resource file under the lexicon folder, in file order, without comments and blanks. */
    public static List<String> entries(String file) {
        List<String> out = new ArrayList<>();
        lines(file, out::add);
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** Every non-blank, non-comment line of a lexicon resource, stripped. */
    public static void lines(String file, Consumer<String> sink) {
        String path = ROOT + file;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) sink.accept(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
