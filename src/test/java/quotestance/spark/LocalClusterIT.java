package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import quotestance.testing.Corpus;
import quotestance.testing.DuckDb;
import quotestance.testing.TestSpark;

/**
 * Starts a real standalone cluster (master and worker on 127.0.0.1) with jobs/local-cluster.sh, submits the
 * shaded jar with jobs/submit.sh, and checks that the tables equal those of a local run, row for row: on the
 * sample, and on a larger input whose executor is killed while it analyses.
 */
class LocalClusterIT {
    private static final String MASTER = "spark://127.0.0.1:7077";
    /** The folder jobs/local-cluster.sh keeps its Spark home in: every JVM of this cluster names it. */
    private static final String CLUSTER_STATE = Path.of(".local-cluster").toAbsolutePath().toString();
    /** A line Progress prints while the analysis runs, once a task has finished. */
    private static final Pattern ANALYSING = Pattern.compile("analysed [\\d,]+ records \\(");
    /** The line RunJob prints when the analysis is over. */
    private static final Pattern ANALYSED = Pattern.compile("analysed [\\d,]+ records in ");

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
    void theMasterTakesJobsOnItsRpcPortOnlyNotOnTheUnauthenticatedRestPort() throws IOException {
        try (Socket rpc = new Socket()) {
            rpc.connect(new InetSocketAddress("127.0.0.1", 7077), 5_000); // the cluster is up
        }
        try (Socket rest = new Socket()) {
            assertThrows(ConnectException.class, () -> rest.connect(new InetSocketAddress("127.0.0.1", 6066), 5_000),
                    "something listens on 6066, the master's REST submission port");
        }
    }

    @Test
    void clusterRunWritesTheSameTablesAsALocalRun() throws Exception {
        Path clusterOut = dir.resolve("cluster");
        Process submit = script("jobs/submit.sh", "--master", MASTER, "run",
                "--input", "data/sample", "--output", clusterOut.toString());
        assertEquals(0, submit.exitValue(), "jobs/submit.sh failed; see " + dir.resolve("jobs_submit.sh.log"));
        assertTrue(Files.exists(clusterOut.resolve(Manifest.FILE)));
        assertTrue(Files.readString(clusterOut.resolve(Manifest.FILE)).contains("\"master\" : \"" + MASTER + "\""));

        Path localOut = localRun("data/sample", dir.resolve("local"));
        assertSameTables(localOut, clusterOut);
        try (DuckDb cluster = new DuckDb(clusterOut, "sentences")) {
            assertTrue(cluster.count("SELECT count(*) FROM sentences") > 100);
        }
    }

    @Test
    void anExecutorKilledMidAnalysisIsReplacedAndTheTablesAreTheSame() throws Exception {
        Path input = repeatedSample(dir.resolve("repeated.jsonl"), 60);
        Path out = dir.resolve("killed");
        Path log = dir.resolve("killed-submit.log");
        // small splits: many short tasks, so the first progress line comes early and the kill lands mid-analysis;
        // 8 shuffle partitions, not 200: on two cores every one of them is a task of each write
        Process submit = start(log, "jobs/submit.sh", "--master", MASTER, "--conf", "spark.quotestance.maxSplitBytes=64k",
                "--conf", "spark.sql.shuffle.partitions=8", "--", "run", "--input", input.toString(), "--output", out.toString());
        try {
            awaitAnalysisUnderWay(submit, log);
            ProcessHandle executor = awaitExecutor();
            executor.destroyForcibly(); // SIGKILL: no shutdown hook, its cached blocks and shuffle files are gone
            executor.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(ANALYSED.matcher(Files.readString(log)).find(),
                    "the analysis was over before executor " + executor.pid() + " was killed: the input is too small");
        } catch (Throwable t) {
            submit.destroyForcibly();
            throw t;
        }
        finish(submit, log, "jobs/submit.sh");
        String submitted = Files.readString(log);
        assertEquals(0, submit.exitValue(), "the run failed after its executor was killed:\n" + submitted);
        assertTrue(submitted.contains("Lost executor"), "the driver never saw its executor go:\n" + submitted);
        assertSameTables(localRun(input.toString(), dir.resolve("killed-local")), out);
    }

    private static Path localRun(String input, Path out) {
        new RunJob(TestSpark.get(), System.out).run(new RunOptions(List.of(input), null, ColumnMapping.defaults(),
                out.toString(), WriteMode.ERROR, PartitionBy.NONE, RunOptions.DEFAULT_MAX_CHARS));
        return out;
    }

    /** Every table of the cluster run has the rows of the same table of the local run, doubles to 1e-9. */
    private static void assertSameTables(Path localOut, Path clusterOut) throws Exception {
        String[] tables = OutputTables.NAMES.toArray(String[]::new);
        try (DuckDb cluster = new DuckDb(clusterOut, tables); DuckDb local = new DuckDb(localOut, tables)) {
            for (String t : tables) {
                String q = "SELECT * FROM " + t + " ORDER BY ALL";
                List<Map<String, Object>> want = local.rows(q);
                List<Map<String, Object>> got = cluster.rows(q);
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
        }
    }

    /** The bundled sample {@code copies} times over, each copy with its own ids (a few MB of input). */
    private static Path repeatedSample(Path file, int copies) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> sample = Files.readAllLines(Path.of("data/sample/articles.jsonl")).stream().filter(l -> !l.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (String line : sample) {
                Map<String, Object> record = json.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { });
                record.put("id", record.get("id") + "-copy-" + k);
                lines.add(Corpus.line(record));
            }
        }
        return Corpus.jsonl(file, lines);
    }

    /** Waits for a progress line of the analysis; fails if the run ends, or its analysis does, before one shows. */
    private static void awaitAnalysisUnderWay(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (ANALYSING.matcher(text).find()) return;
            if (ANALYSED.matcher(text).find()) {
                throw new AssertionError("the analysis was over before a progress line showed, so no kill could land in it:\n" + text);
            }
            if (!p.isAlive()) throw new AssertionError("the run ended before its analysis showed progress:\n" + text);
            Thread.sleep(100);
        }
        throw new AssertionError("no progress of the analysis in 4 minutes:\n" + Files.readString(log));
    }

    /** The executor JVM of this cluster's running application, looked for again until it shows (30 s at most). */
    private static ProcessHandle awaitExecutor() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Optional<ProcessHandle> executor = ProcessHandle.allProcesses().filter(ph -> ph.info().commandLine()
                    .map(c -> c.contains("CoarseGrainedExecutorBackend") && c.contains(CLUSTER_STATE)).orElse(false)).findFirst();
            if (executor.isPresent()) return executor.get();
            Thread.sleep(100);
        }
        throw new AssertionError("no executor process (CoarseGrainedExecutorBackend) of the cluster in " + CLUSTER_STATE);
    }

    /** Runs a project script from the project root, output to a log file; fails the test after 5 minutes. */
    private static Process script(String... command) throws IOException, InterruptedException {
        Path log = dir.resolve(command[0].replace('/', '_') + ".log");
        Process p = start(log, command);
        finish(p, log, String.join(" ", command));
        if (p.exitValue() != 0) System.out.println(Files.readString(log));
        return p;
    }

    private static Process start(Path log, String... command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static void finish(Process p, Path log, String what) throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(what + " did not finish in 5 minutes; log: " + Files.readString(log));
        }
    }
}
