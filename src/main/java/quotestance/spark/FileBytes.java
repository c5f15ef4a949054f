package quotestance.spark;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/** Opens an input file through its Hadoop filesystem, decompressing by its name's ending. */
final class FileBytes {
    private FileBytes() {
    }

    static InputStream open(String file, Configuration conf) throws IOException {
        Path path = new Path(file);
        InputStream in = path.getFileSystem(conf).open(path);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        return codec == null ? in : codec.createInputStream(in);
    }
}
