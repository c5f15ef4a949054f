package quotestance.spark;

import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;

/**
 * JSON Lines through Hadoop's line reader, so one large file splits across cores (and compressed files still
 * read), over exactly the files listed ({@link ListedTextInputFormat}). Each split is read by a
 * {@link JsonlSplit}; every split reports how many lines it held, which turns line indexes into file line
 * numbers without a second pass.
 */
final class JsonlSource {
    private JsonlSource() {
    }

    static JavaRDD<RawRecord> read(JavaSparkContext jsc, List<InputFile> files, ColumnMapping columns, long maxChars,
                                   long splitBytes, CollectionAccumulator<SplitCount> splitCounts) {
        Configuration conf = InputConf.of(jsc.hadoopConfiguration());
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
        conf.setLong(FileInputFormat.SPLIT_MINSIZE, 1L);
        ListedTextInputFormat.setFiles(conf, files);
        HadoopConf hadoop = new HadoopConf(InputConf.of(jsc.hadoopConfiguration()));
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopRDD(conf, ListedTextInputFormat.class, LongWritable.class, Text.class);
        return lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit fileSplit = (FileSplit) split;
            String uri = fileSplit.getPath().toUri().toASCIIString();
            return new JsonlSplit(new JsonlSplit.Place(uri, InputFile.nameOf(fileSplit.getPath()), fileSplit.getStart()), it,
                    new JsonFields(columns, maxChars), hadoop, splitCounts);
        }, true);
    }
}
