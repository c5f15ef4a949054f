package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/**
 * notebooks/queries.sql runs with DuckDB over the sample's output and every query returns rows; the notebook
 * runs the same queries and is valid nbformat 4.
 */
class QueriesSqlTest {
    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void runSample() {
        out = dir.resolve("out");
        new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of("data/sample"), null, ColumnMapping.defaults(),
                out.toString(), WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
    }

    /** The file's queries by name, in order: the text after each "-- name:" line up to the next. */
    static Map<String, String> queries(String sql) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("-- name:")) {
                if (name != null) out.put(name, body.toString().strip());
                name = line.substring("-- name:".length()).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) out.put(name, body.toString().strip());
        return out;
    }

    @Test
    void stanceSummaryOfTheSampleAgreesWithItsStances() throws Exception {
        try (DuckDb db = new DuckDb(out, OutputTables.NAMES.toArray(String[]::new))) {
            StanceSummaryRecount.assertAgrees(db, 20);
        }
    }

    @Test
    void everyQueryReturnsRowsOnTheSampleOutput() throws Exception {
        Map<String, String> queries = queries(Files.readString(Path.of("notebooks/queries.sql")));
        assertEquals(List.of("views", "top_speakers", "one_speaker", "stance_matrix", "party_over_time", "party_quotes",
                        "carried_quotes", "stance_without_copies"),
                List.copyOf(queries.keySet()));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (var e : queries.entrySet()) {
                String sql = e.getValue().replace("'out/", "'" + out + "/");
                if (e.getKey().equals("views")) {
                    for (String create : sql.split(";")) if (!create.isBlank()) st.execute(create);
                    continue;
                }
                try (ResultSet rs = st.executeQuery(sql.replaceAll(";\\s*$", ""))) {
                    assertTrue(rs.next(), e.getKey() + " returned no rows on the sample output");
                }
            }
        }
    }

    private static String withoutComments(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\n")) if (!line.startsWith("--")) sb.append(line).append('\n');
        return sb.toString();
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theReportCommandWritesTheSampleReport() throws Exception {
        Path html = dir.resolve("report.html");
        assertEquals(0, quotestance.cli.MainAccess.commandLine().execute("report", "--tables", out.toString(), "--output", html.toString()));
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg class=\"heatmap\"") && page.contains("<svg class=\"timeline\""));
        assertTrue(page.contains("Ali Abdullah Ayyoub"), "the sample's speakers appear");
    }

    @Test
    void theNotebookIsValidAndRunsTheSameQueries() throws Exception {
        JsonNode nb = new ObjectMapper().readTree(Files.readString(Path.of("notebooks/explore.ipynb")));
        assertEquals(4, nb.get("nbformat").asInt());
        assertTrue(nb.has("metadata") && nb.get("cells").isArray());
        String file = Files.readString(Path.of("notebooks/queries.sql"));
        int sqlCells = 0;
        for (JsonNode cell : nb.get("cells")) {
            assertTrue(List.of("markdown", "code").contains(cell.get("cell_type").asText()));
            assertTrue(cell.get("source").isArray());
            if (cell.get("cell_type").asText().equals("code")) {
                assertTrue(cell.has("outputs") && cell.has("execution_count"), "a code cell needs outputs and execution_count");
            }
            StringBuilder src = new StringBuilder();
            for (JsonNode part : cell.get("source")) src.append(part.asText());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"\"\"(.*?)\"\"\"", java.util.regex.Pattern.DOTALL)
                    .matcher(src.toString());
            while (m.find()) { // every SQL text in the notebook stands in queries.sql, statement for statement
                for (String statement : m.group(1).split(";")) {
                    if (statement.isBlank()) continue;
                    assertTrue(squash(withoutComments(file)).contains(squash(statement)), "not in queries.sql: " + statement);
                }
                sqlCells++;
            }
        }
        assertTrue(sqlCells >= 5, "the notebook should run the queries of queries.sql: " + sqlCells);
    }
}
