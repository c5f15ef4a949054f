package quotestance.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every vocabulary file says what it is for, lists each entry once, and loads. */
class LexiconFilesTest {
    private static final Path ROOT = Path.of("src/main/resources/quotestance/lexicon");

    private static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv")).sorted().toList();
        }
    }

    @Test
    void everyFileOpensWithWhatItIsForAndListsEachEntryOnce() throws Exception {
        List<Path> files = files();
        assertTrue(files.size() >= 7, files.toString());
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            assertTrue(!lines.isEmpty() && lines.get(0).startsWith("# ") && lines.get(0).length() > 20,
                    f + " opens with a comment that says what the list is for");
            Set<String> seen = new HashSet<>();
            List<String> twice = new ArrayList<>();
            for (String l : lines) {
                String e = l.strip();
                if (e.isEmpty() || e.startsWith("#")) continue;
                String key = f.toString().endsWith(".tsv") ? e.split("\t")[0] : e;
                if (!seen.add(key)) twice.add(key);
            }
            assertEquals(List.of(), twice, f + " lists these twice");
        }
    }

    @Test
    void aListLoadsAsItsEntries() {
        Set<String> titles = WordLists.load("titles");
        assertTrue(titles.contains("mr") && titles.contains("gen"), titles.toString());
        assertEquals(titles.size(), WordLists.entries("titles.txt").size());
    }
}
