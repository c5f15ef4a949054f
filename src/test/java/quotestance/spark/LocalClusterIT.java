package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/**
 * Starts a real standalone cluster (master and worker on 127.0.0.1) with jobs/local-cluster.sh, submits the
 * shaded jar with jobs/submit.sh, and checks that the tables equal those of a local run, row for row.
 */
class LocalClusterIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void startCluster() throws Exception {
        Process p = script("jobs/local-cluster.sh", "start", "--workers", "1", "--cores", "2", "--memory", "2g");
        assertEquals(0, p.exitValue(), "jobs/local-cluster.sh start failed");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        script("jobs/local-cluster.sh", "stop");
    }

    @Test
    void clusterRunWritesTheSameTablesAsALocalRun() throws Exception {
        Path clusterOut = dir.resolve("cluster");
        Process submit = script("jobs/submit.sh", "--master", "spark://127.0.0.1:7077", "run",
                "--input", "data/sample", "--output", clusterOut.toString());
        assertEquals(0, submit.exitValue(), "jobs/submit.sh failed; see " + dir.resolve("jobs_submit.sh.log"));
        assertTrue(Files.exists(clusterOut.resolve(Manifest.FILE)));
        assertTrue(Files.readString(clusterOut.resolve(Manifest.FILE)).contains("\"master\" : \"spark://127.0.0.1:7077\""));

        Path localOut = dir.resolve("local");
        new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of("data/sample"), null, ColumnMapping.defaults(),
                localOut.toString(), WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));

        String[] tables = OutputTables.NAMES.toArray(String[]::new);
        try (DuckDb cluster = new DuckDb(clusterOut, tables); DuckDb local = new DuckDb(localOut, tables)) {
            for (String t : tables) {
                String q = "SELECT * FROM " + t + " ORDER BY ALL";
                List<java.util.Map<String, Object>> want = local.rows(q);
                List<java.util.Map<String, Object>> got = cluster.rows(q);
                assertEquals(want.size(), got.size(), t + " row count");
                for (int i = 0; i < want.size(); i++) {
                    for (String column : want.get(i).keySet()) {
                        Object w = want.get(i).get(column);
                        Object g = got.get(i).get(column);
                        if (w instanceof Double dw && g instanceof Double dg) {
                            assertEquals(dw, dg, 1e-9, t + " row " + i + " column " + column);
                        } else {
                            assertEquals(String.valueOf(w), String.valueOf(g), t + " row " + i + " column " + column);
                        }
                    }
                }
            }
            assertTrue(cluster.count("SELECT count(*) FROM sentences") > 100);
        }
    }

    /** Runs a project script from the project root, output to a log file; fails the test after 5 minutes. */
    private static Process script(String... command) throws IOException, InterruptedException {
        Path log = dir.resolve(command[0].replace('/', '_') + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes; log: " + Files.readString(log));
        }
        if (p.exitValue() != 0) System.out.println(Files.readString(log));
        return p;
    }
}
