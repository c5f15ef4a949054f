package quotestance.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

import org.apache.hadoop.conf.Configuration;

/**
 * The lines of a whole UTF-16 JSON Lines file, each a reject that names the encoding (blank lines are no
 * records). Read as characters, not bytes: a byte-wise line split would cut UTF-16 at the zero byte of each
 * line break and at any character whose code holds a line-break byte.
 */
final class Utf16Lines extends LazyIterator<RawRecord> {
    private final String uri;
    private final String file;
    private final String charset;
    private final Configuration conf;
    private BufferedReader reader;
    private long lines;
    private boolean failed;

    Utf16Lines(String uri, String file, String charset, Configuration conf) {
        this.uri = uri;
        this.file = file;
        this.charset = charset;
        this.conf = conf;
    }

    /** The lines read so far: all of them, once the iterator is done. */
    long lines() {
        return lines;
    }

    @Override
    protected RawRecord advance() {
        if (failed) return null;
        try {
            if (reader == null) reader = new BufferedReader(new InputStreamReader(FileBytes.open(uri, conf), Charset.forName(charset)));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                if (!StrictUtf8.blank(line)) {
                    return RawRecord.rejected(file, 0, lines - 1, RejectReason.INVALID_UTF8, Utf16.detail(charset),
                            StrictUtf8.stripBom(line));
                }
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            close();
            long index = lines++;
            return Unreadable.at(file, 0, index, Unreadable.fromLine(index + 1), Unreadable.describe(e));
        }
        close();
        return null;
    }

    private void close() {
        try {
            if (reader != null) reader.close();
        } catch (IOException ignored) {
            // the lines are read; a failing close loses nothing
        }
    }
}
