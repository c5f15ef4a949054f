package quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.cli.MainAccess;
import quotestance.testing.Corpus;
import quotestance.testing.TestSpark;

/**
 * Builds the report from a real run (with a quote that carries markup) and opens it in headless Chromium:
 * the DOM has the charts and the escaped text, and no script element. Skipped, with a message, where
 * Chromium is not installed (.ci/run installs Debian's chromium).
 */
class ReportBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theReportRendersInAHeadlessBrowser() throws Exception {
        TestSpark.get();
        Path corpus = Corpus.jsonl(dir.resolve("c.jsonl"), List.of(
                Corpus.line(Map.of("id", "r1", "source", "Test Wire", "published", "2024-02-03", "text",
                        "\"Iran must stop <script>alert('x')</script> now,\" said Foreign Minister Ana Ruiz. NATO agreed.")),
                Corpus.line(Map.of("id", "r2", "source", "Test Wire", "published", "2024-03-03", "text",
                        "\"We thank Iran for its help,\" said Tomas Vell. Officials in Tehran welcomed the remark."))));
        Path out = dir.resolve("out");
        assertEquals(0, MainAccess.commandLine().execute("run", "--input", corpus.toString(), "--output", out.toString()));
        Path html = Path.of("target/report-test/report.html").toAbsolutePath();
        assertEquals(0, MainAccess.commandLine().execute("report", "--tables", out.toString(), "--output", html.toString()));
        String page = Files.readString(html);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertFalse(page.toLowerCase().contains("<script"));

        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "skipped: chromium is not installed (apt-get install chromium)");
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,1600");
        String dom = run(concat(common, "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("<svg class=\"heatmap\""), "heatmap missing in the DOM");
        assertTrue(dom.contains("<svg class=\"timeline\""), "timeline missing in the DOM");
        assertTrue(dom.contains("<rect"), "no cells in the heatmap");
        assertTrue(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "the quote's markup must show as text");
        assertFalse(dom.toLowerCase().contains("<script"), "a script element reached the DOM");
        Path png = html.resolveSibling("report.png");
        run(concat(common, "--screenshot=" + png, html.toUri().toString()));
        assertTrue(Files.size(png) > 10_000, "screenshot too small");
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium did not finish");
        return out;
    }
}
