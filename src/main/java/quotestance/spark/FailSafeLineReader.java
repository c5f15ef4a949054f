package quotestance.spark;

import java.io.IOException;

import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;

/**
 * A line reader whose failures (a truncated or corrupt compressed file, a file gone or unreadable) end its
 * split instead of the job: Spark's reader would throw them out of the task, even before the first line. The
 * lines read before are kept; the failure comes last, as one pair with the key {@link #FAILED} and its
 * description as the value.
 */
final class FailSafeLineReader extends RecordReader<LongWritable, Text> {
    static final long FAILED = -1;

    private final RecordReader<LongWritable, Text> lines;
    private Exception failure;
    private boolean failureGiven;

    FailSafeLineReader(RecordReader<LongWritable, Text> lines) {
        this.lines = lines;
    }

    @Override
    public void initialize(InputSplit split, TaskAttemptContext context) throws InterruptedException {
        try {
            lines.initialize(split, context);
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public boolean nextKeyValue() throws InterruptedException {
        if (failure == null) {
            try {
                return lines.nextKeyValue();
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
        if (failureGiven) return false;
        failureGiven = true;
        return true;
    }

    @Override
    public LongWritable getCurrentKey() throws IOException, InterruptedException {
        return failure != null ? new LongWritable(FAILED) : lines.getCurrentKey();
    }

    @Override
    public Text getCurrentValue() throws IOException, InterruptedException {
        return failure != null ? new Text(Unreadable.describe(failure)) : lines.getCurrentValue();
    }

    @Override
    public float getProgress() throws InterruptedException {
        try {
            return failure != null ? 1f : lines.getProgress();
        } catch (IOException | RuntimeException e) {
            return 1f;
        }
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException | RuntimeException ignored) {
            // the lines are read; a failing close loses nothing
        }
    }
}
