package quotestance.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import quotestance.spark.PeakHeap;
import quotestance.spark.SparkSessions;

/** The benchmark's floor: read the same JSONL input and write it as Parquet, nothing else. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Baseline for jobs/bench.sh: read JSONL input and write it as Parquet, with no analysis.")
final class CopyCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH") List<String> inputs;
    @Option(names = "--output", required = true, paramLabel = "DIR") String output;
    @Option(names = "--master", paramLabel = "URL") String master;

    @Override
    public Integer call() {
        SparkSession spark = SparkSessions.create(master, "quotestance copy");
        try {
            long t0 = System.nanoTime();
            spark.read().json(inputs.toArray(String[]::new)).write().mode(SaveMode.Overwrite).parquet(output);
            System.out.printf("copy finished in %.1f s; peak heap %d MB%n", (System.nanoTime() - t0) / 1e9, PeakHeap.megabytes());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
