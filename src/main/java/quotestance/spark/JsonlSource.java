package quotestance.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.util.StringUtils;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;

/**
 * JSON Lines through Hadoop's line reader, so one large file splits across cores (and gzip files still
 * read). Each line is decoded strictly (invalid UTF-8 is a reject, not a replacement character). Every split
 * reports how many lines it held, which turns line indexes into file line numbers without a second pass.
 */
final class JsonlSource {
    private JsonlSource() {
    }

    static JavaRDD<RawRecord> read(JavaSparkContext jsc, List<InputFile> files, ColumnMapping columns,
                                   long splitBytes, CollectionAccumulator<SplitCount> splitCounts) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.setLong("mapreduce.input.fileinputformat.split.maxsize", splitBytes);
        conf.setLong("mapreduce.input.fileinputformat.split.minsize", 1L);
        String paths = files.stream().map(f -> StringUtils.escapeString(f.path())).collect(Collectors.joining(","));
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopFile(paths, TextInputFormat.class, LongWritable.class, Text.class, conf);
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fileSplit = (FileSplit) split;
            return new SplitReader(fileSplit.getPath().toString(), fileSplit.getStart(), it, columns, splitCounts);
        }, true);
    }

    /** Walks the lines of one split, skipping blank ones, and reports the split's line count at its end. */
    private static final class SplitReader implements Iterator<RawRecord> {
        private final String file;
        private final long splitStart;
        private final Iterator<scala.Tuple2<LongWritable, Text>> lines;
        private final ColumnMapping columns;
        private final CollectionAccumulator<SplitCount> splitCounts;
        private long index = -1;
        private RawRecord next;
        private boolean reported;

        SplitReader(String file, long splitStart, Iterator<scala.Tuple2<LongWritable, Text>> lines,
                    ColumnMapping columns, CollectionAccumulator<SplitCount> splitCounts) {
            this.file = file;
            this.splitStart = splitStart;
            this.lines = lines;
            this.columns = columns;
            this.splitCounts = splitCounts;
        }

        @Override
        public boolean hasNext() {
            while (next == null && lines.hasNext()) {
                Text line = lines.next()._2();
                index++;
                next = toRecord(line);
            }
            if (next == null && !reported) {
                reported = true;
                splitCounts.add(new SplitCount(file, splitStart, index + 1));
            }
            return next != null;
        }

        @Override
        public RawRecord next() {
            if (!hasNext()) throw new NoSuchElementException();
            RawRecord r = next;
            next = null;
            return r;
        }

        private RawRecord toRecord(Text line) {
            byte[] bytes = line.getBytes();
            int length = line.getLength();
            String json = StrictUtf8.decode(bytes, 0, length);
            if (json == null) {
                return RawRecord.rejected(file, splitStart, index, RejectReason.INVALID_UTF8,
                        "the line is not valid UTF-8", StrictUtf8.lenient(bytes, 0, length));
            }
            if (splitStart == 0 && index == 0) json = StrictUtf8.stripBom(json);
            if (json.isBlank()) return null; // a blank line is no record
            return JsonFields.parse(json, columns, file, splitStart, index);
        }
    }
}
