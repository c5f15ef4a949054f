package quotestance.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the job's Parquet tables with DuckDB, the way a notebook would: an independent reader, not Spark.
 * Each table becomes a view named after its folder.
 */
public final class DuckDb implements AutoCloseable {
    private final Connection connection;

    public DuckDb(Path output, String... tables) throws SQLException {
        this();
        createViews(currentRun(output), tables);
    }

    private DuckDb() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** Views over the tables of one run's folder ({@code runs/<run id>}), whatever the manifest says. */
    public static DuckDb ofRunFolder(Path run, String... tables) throws SQLException {
        DuckDb db = new DuckDb();
        db.createViews(run, tables);
        return db;
    }

    private void createViews(Path run, String[] tables) throws SQLException {
        for (String t : tables) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet('" + run.resolve(t) + "/**/*.parquet', hive_partitioning = true)");
            }
        }
    }

    /**
     * The folder of the output's current run, as a reader finds it: the {@code current} entry of the output's
     * manifest, read with DuckDB itself (the output folder when it has no manifest yet, or one of the older
     * layout).
     */
    public static Path currentRun(Path output) throws SQLException {
        Path manifest = output.resolve("_manifest.json");
        if (!java.nio.file.Files.exists(manifest)) return output;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT json_extract_string(content, '$.current') FROM read_text('" + manifest + "')")) {
            rs.next();
            String current = rs.getString(1);
            return current == null ? output : output.resolve(current);
        }
    }

    public List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
                out.add(row);
            }
        }
        return out;
    }

    public long count(String sql) throws SQLException {
        return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
    }

    /** Column name to DuckDB type, in order, as DuckDB sees the table. */
    public Map<String, String> schema(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> r : rows("DESCRIBE SELECT * FROM " + table)) {
            out.put((String) r.get("column_name"), (String) r.get("column_type"));
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
