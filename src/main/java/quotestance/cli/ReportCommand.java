package quotestance.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import quotestance.report.ReportData;
import quotestance.report.ReportHtml;
import quotestance.report.ReportLoader;
import quotestance.spark.SparkSessions;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML report (no network, no scripts) from the tables of a run.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--tables", required = true, paramLabel = "DIR", description = "The --output folder of a run.") String tables;
    @Option(names = "--output", required = true, paramLabel = "FILE.html") Path output;
    @Option(names = "--party", paramLabel = "NAME", description = "The party whose quotes are shown (default: the most quoted).")
    String party;
    @Option(names = "--master", paramLabel = "URL") String master;
    @Option(names = "--verbose", description = "Show stack traces of errors.") boolean verbose;

    @Override
    public Integer call() throws Exception {
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(master, "quotestance report");
        try {
            ReportData data = ReportLoader.load(spark, tables, party);
            String html = ReportHtml.render(data);
            if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, html, StandardCharsets.UTF_8);
            System.out.printf("report: %s (%,d bytes)%n", output, Files.size(output));
            return 0;
        } finally {
            if (ownSession) spark.stop();
        }
    }
}
