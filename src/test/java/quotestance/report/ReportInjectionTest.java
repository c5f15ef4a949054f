package quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.cli.MainAccess;
import quotestance.testing.Corpus;
import quotestance.testing.TestSpark;

/**
 * A party name is text, from the command line or from the tables, and never SQL. The names here break out
 * of a quote-doubled literal with a backslash (Spark SQL literals take backslash escapes), then add rows
 * that read an environment variable and a local file: the report must show them as plain strings only.
 */
class ReportInjectionTest {
    private static final String SECRET = "marker-from-a-file-the-report-must-never-read";

    @TempDir
    static Path dir;
    static Path tables;
    static Path secretFile;

    @BeforeAll
    static void runTheJobWithAPartyNamedLikeSql() throws Exception {
        TestSpark.get();
        secretFile = Files.writeString(dir.resolve("private.txt"), SECRET + "\n");
        Path parties = Files.writeString(dir.resolve("parties.json"),
                "[" + Corpus.line(Map.of("name", injection("x"), "type", "state", "aliases", List.of("Zorvania"))) + "]");
        Path corpus = Corpus.jsonl(dir.resolve("c.jsonl"), List.of(
                Corpus.line(Map.of("id", "z1", "source", "Test Wire", "published", "2024-02-03", "text",
                        "\"Zorvania must end the blockade at once,\" said Foreign Minister Ana Ruiz. "
                                + "\"Zorvania has broken every promise it made,\" she added.")),
                Corpus.line(Map.of("id", "z2", "source", "Test Wire", "published", "2024-03-05", "text",
                        "\"We will keep working with Zorvania on the river treaty,\" said Tomas Vell."))));
        tables = dir.resolve("out");
        assertEquals(0, MainAccess.commandLine().execute("run", "--input", corpus.toString(), "--output", tables.toString(),
                "--parties", parties.toString()));
    }

    @Test
    void aPartyGivenOnTheCommandLineIsAPlainString() throws Exception {
        String page = report("cli.html", "--party", injection("y"));
        assertNothingInjected(page);
        assertTrue(page.contains("<h2>Quotes about " + ReportHtml.esc(injection("y")) + "</h2>"), "the name shows as given");
        assertEquals(List.of(), quoteRows(page), "no party has that name: no quotes");
    }

    @Test
    void aPartyNameStoredInTheTablesIsAPlainString() throws Exception {
        String page = report("stored.html");
        assertNothingInjected(page);
        assertTrue(page.contains("<h2>Quotes about " + ReportHtml.esc(injection("x")) + "</h2>"), "the most quoted party is the stored one");
        List<String> rows = quoteRows(page);
        assertEquals(3, rows.size(), "the three quotes about the party, and nothing else: " + rows);
        assertTrue(rows.stream().allMatch(r -> r.contains("Zorvania")), rows.toString());
    }

    /**
     * The name {@code prefix\' UNION ALL SELECT ... --}: the backslash turns a doubled quote back into a closing
     * one; the payload uses double-quoted literals so that doubling single quotes leaves it intact.
     */
    private static String injection(String prefix) {
        return prefix + "\\' UNION ALL SELECT java_method(\"java.lang.System\", \"getenv\", \"HOME\"), \"negative\", -1.0D, "
                + "\"injected\", value, \"injected\" FROM text.`" + secretFile + "` --";
    }

    private static String report(String name, String... options) throws Exception {
        Path html = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("report", "--tables", tables.toString(), "--output", html.toString()));
        args.addAll(List.of(options));
        assertEquals(0, MainAccess.commandLine().execute(args.toArray(String[]::new)), "the report failed");
        return Files.readString(html);
    }

    private static void assertNothingInjected(String page) {
        assertFalse(page.contains(SECRET), "the page shows a local file");
        String home = System.getenv("HOME");
        if (home != null) assertFalse(page.contains("<td>" + ReportHtml.esc(home) + "</td>"), "the page shows an environment variable");
        assertFalse(page.contains("<td class=\"muted\">injected</td>"), "the page has a row the name added");
    }

    /** The rows of the table of quotes about the chosen party. */
    private static List<String> quoteRows(String page) {
        String section = page.substring(page.indexOf("<h2>Quotes about"));
        List<String> rows = new ArrayList<>(List.of(section.split("<tr><td>", -1)));
        rows.remove(0);
        return rows;
    }
}
