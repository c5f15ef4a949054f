package quotestance.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A Parquet file's schema as its footer states it, or why the footer cannot be read (the file is cut short,
 * or not Parquet at all). Files are read in groups of one schema, so that files whose columns differ in type
 * never meet in one Spark scan, and a file without a valid footer is a reject, not a failed job.
 */
record ParquetFooter(InputFile file, String schema, String failure) implements Serializable {
    /** The footers of all files, read by the executors: on an object store each footer is a request. */
    static List<ParquetFooter> readAll(JavaSparkContext jsc, List<InputFile> files, int tasks) {
        HadoopConf conf = new HadoopConf(InputConf.of(jsc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(files.size(), tasks));
        return jsc.parallelize(files, slices).map(f -> of(f, conf.get())).collect();
    }

    static ParquetFooter of(InputFile f, Configuration conf) {
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(f.hadoopPath(), conf))) {
            return new ParquetFooter(f, reader.getFooter().getFileMetaData().getSchema().toString(), null);
        } catch (IOException | RuntimeException e) {
            return new ParquetFooter(f, null, Unreadable.describe(e));
        }
    }
}
