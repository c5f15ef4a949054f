package quotestance.spark;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.spark.util.LongAccumulator;

/** Prints the records analysed so far and the rate, every few seconds, while the analysis runs. */
final class Progress implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quotestance-progress");
        t.setDaemon(true);
        return t;
    });
    private final long startNanos = System.nanoTime();
    private long lastShown = -1;

    Progress(LongAccumulator analysed, PrintStream out, long periodSeconds) {
        timer.scheduleAtFixedRate(() -> {
            long n = analysed.value();
            if (n == lastShown || n == 0) return;
            lastShown = n;
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            out.printf("  analysed %,d records (%,.0f records/s)%n", n, n / Math.max(seconds, 1e-3));
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
