package quotestance.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** One article per {@code .txt} file; its id is the file's path relative to the folder the user named. */
final class TextSource {
    private TextSource() {
    }

    static JavaRDD<RawRecord> read(JavaSparkContext jsc, List<InputFile> files, ColumnMapping columns, long maxChars, int tasks) {
        HadoopConf conf = new HadoopConf(InputConf.of(jsc.hadoopConfiguration()));
        int slices = Math.max(1, Math.min(files.size(), tasks));
        return jsc.parallelize(files, slices).map(f -> readOne(f, columns, maxChars, conf));
    }

    static RawRecord readOne(InputFile f, ColumnMapping columns, long maxChars, HadoopConf conf) {
        if (f.size() > 4 * maxChars) { // more bytes than even 4-byte characters could make within the limit
            return RawRecord.rejected(f.name(), -1, 0, RejectReason.TEXT_TOO_LONG,
                    f.size() + " bytes, more than --max-chars " + maxChars + " characters can take", "");
        }
        byte[] bytes;
        try (InputStream in = FileBytes.open(f.uri(), conf.get())) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, 4 * maxChars + 1));
        } catch (IOException | RuntimeException e) {
            return Unreadable.file(f.name(), Unreadable.describe(e));
        }
        String utf16 = Utf16.sniff(bytes, bytes.length);
        if (utf16 != null) {
            return RawRecord.rejected(f.name(), -1, 0, RejectReason.INVALID_UTF8, Utf16.detail(utf16),
                    Utf16.decode(bytes, bytes.length, utf16));
        }
        String text = StrictUtf8.decode(bytes, 0, bytes.length);
        if (text == null) {
            return RawRecord.rejected(f.name(), -1, 0, RejectReason.INVALID_UTF8, "the file is not valid UTF-8",
                    StrictUtf8.lenient(bytes, 0, bytes.length));
        }
        Map<String, Object> fields = new HashMap<>(4);
        fields.put(columns.id(), f.relativePath());
        fields.put(columns.text(), StrictUtf8.stripBom(text));
        return RawRecord.of(f.name(), -1, 0, fields, "");
    }
}
