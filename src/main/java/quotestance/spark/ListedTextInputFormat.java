package quotestance.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordReader;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

/**
 * Hadoop's line input over exactly the files {@link InputFiles} listed. FileInputFormat would parse its input
 * paths again as glob patterns (so {@code e*q.jsonl} would also read {@code ezzq.jsonl}, and {@code a:b.jsonl}
 * would fail); here each file is a {@link Path} built from its URI, with the size the listing found. Its
 * readers never fail a task: see {@link FailSafeLineReader}.
 */
public final class ListedTextInputFormat extends TextInputFormat {
    private static final String FILES = "quotestance.input.files";

    /** Puts the files into the configuration, one {@code size uri} a line (a URI has no space or line break). */
    static void setFiles(Configuration conf, List<InputFile> files) {
        conf.set(FILES, files.stream().map(f -> f.size() + " " + f.uri()).collect(Collectors.joining("\n")));
    }

    @Override
    protected List<FileStatus> listStatus(JobContext job) throws IOException {
        Configuration conf = job.getConfiguration();
        List<FileStatus> files = new ArrayList<>();
        for (String line : conf.get(FILES, "").split("\n")) {
            if (line.isEmpty()) continue;
            int space = line.indexOf(' ');
            Path path = new Path(URI.create(line.substring(space + 1)));
            FileSystem fs = path.getFileSystem(conf);
            // the listing's size, not a second look: a file gone since is reported by its reader, not here. An
            // empty one still gets a split, since Spark drops empty splits and a broken link is listed empty.
            long size = Math.max(1, Long.parseLong(line.substring(0, space)));
            files.add(new FileStatus(size, false, 1, fs.getDefaultBlockSize(path), 0L, path));
        }
        return files;
    }

    @Override
    public RecordReader<LongWritable, Text> createRecordReader(InputSplit split, TaskAttemptContext context) {
        return new FailSafeLineReader(super.createRecordReader(split, context));
    }
}
