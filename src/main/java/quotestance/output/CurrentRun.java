package quotestance.output;

import java.io.IOException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import quotestance.Redaction;
import quotestance.UserError;

/** For readers of an output (the report): the folder that holds the current run's tables. */
public final class CurrentRun {
    private CurrentRun() {
    }

    /**
     * The current run's folder, resolved once, so that every table a reader opens is of the same run even
     * when another run publishes meanwhile; the folder itself for the older layout.
     */
    public static String folder(String output, Configuration conf) {
        try {
            Path dir = new Path(output);
            FileSystem fs = dir.getFileSystem(conf);
            OutputState state = OutputState.read(fs, new OutputLayout(fs.makeQualified(dir)));
            if (!state.hasTables()) throw new UserError(Redaction.uri(output) + " holds no tables of a finished run (run the job first)");
            return state.tablesDir().toString();
        } catch (IOException e) {
            throw new UserError("cannot read the output " + Redaction.uri(output) + ": " + e.getMessage());
        }
    }
}
