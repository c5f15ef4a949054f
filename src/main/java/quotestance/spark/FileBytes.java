package quotestance.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/** Opens an input file through its Hadoop filesystem, decompressing by its name's ending. */
final class FileBytes {
    private FileBytes() {
    }

    static InputStream open(String uri, Configuration conf) throws IOException {
        Path path = new Path(URI.create(uri));
        InputStream in = path.getFileSystem(conf).open(path);
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
        if (codec == null) return in;
        try {
            return codec.createInputStream(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first bytes of the file (decompressed), at most {@code n}. */
    static byte[] start(String uri, Configuration conf, int n) throws IOException {
        try (InputStream in = open(uri, conf)) {
            return in.readNBytes(n);
        }
    }
}
