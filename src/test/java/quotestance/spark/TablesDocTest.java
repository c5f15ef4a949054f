package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/** docs/tables.md lists exactly the columns the job writes, table by table, in order. */
class TablesDocTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void run() throws Exception {
        out = dir.resolve("out");
        new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(Corpus.jsonl(dir.resolve("c.jsonl"),
                Corpus.sixArticles()).toString()), null, ColumnMapping.defaults(), out.toString(), WriteMode.ERROR,
                PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    @Test
    void everyColumnOfEveryTableIsDocumentedAndNothingElse() throws Exception {
        Map<String, List<String>> documented = documented(Files.readString(Path.of("docs/tables.md")));
        assertEquals(OutputTables.NAMES, List.copyOf(documented.keySet()), "tables in docs/tables.md");
        try (DuckDb db = new DuckDb(out, OutputTables.NAMES.toArray(String[]::new))) {
            for (String table : OutputTables.NAMES) {
                assertEquals(List.copyOf(db.schema(table).keySet()), documented.get(table), "columns of " + table);
            }
        }
    }

    /** "## table" headings and the first cell of each table row; "start, end" cells name several columns. */
    static Map<String, List<String>> documented(String markdown) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        Pattern heading = Pattern.compile("^## ([a-z_]+)$");
        for (String line : markdown.split("\n")) {
            Matcher h = heading.matcher(line.strip());
            if (h.matches()) {
                current = new ArrayList<>();
                out.put(h.group(1), current);
                continue;
            }
            if (line.startsWith("## ")) current = null;
            if (current == null || !line.startsWith("| ") || line.startsWith("| column") || line.startsWith("|---")) continue;
            String cell = line.substring(2, line.indexOf(" |", 1)).strip();
            for (String c : cell.split(",\\s*")) current.add(c.strip());
        }
        return out;
    }
}
