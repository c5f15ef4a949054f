package quotestance.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;

/**
 * A {@code source} as a Hive-style folder name can hold it. Spark escapes {@code /}, {@code =}, {@code %}
 * and the like in folder names and writes null as {@code __HIVE_DEFAULT_PARTITION__}, which readers turn back
 * into null; what it cannot write is altered here, each in a way a reader can see:
 * <ul>
 * <li>the literal {@code __HIVE_DEFAULT_PARTITION__} (after any backslashes) gets one more backslash in front,
 *     so that it is not read back as null (nor two sources as one folder);</li>
 * <li>a zero character, which no file name may hold, becomes U+FFFD;</li>
 * <li>a value whose escaped folder name would be longer than {@link #MAX_BYTES} bytes (file systems allow
 *     255) is cut, and {@code ~} and 16 hex digits of its SHA-256 follow the cut.</li>
 * </ul>
 * An empty source, like a missing one, is read back as null (Spark writes both to the default folder).
 */
final class PartitionValue {
    static final int MAX_BYTES = 200;
    private static final Pattern DEFAULT_NAME = Pattern.compile("\\\\*" + Pattern.quote(ExternalCatalogUtils.DEFAULT_PARTITION_NAME()));

    private PartitionValue() {
    }

    static String of(String value) {
        if (value == null) return null;
        String v = value.replace('\u0000', '\uFFFD');
        if (DEFAULT_NAME.matcher(v).matches()) return "\\" + v;
        if (folderBytes(v) <= MAX_BYTES) return v;
        String tail = "~" + sha256(value).substring(0, 16);
        // every code point takes a byte at least: no longer prefix can fit
        int end = v.offsetByCodePoints(0, Math.min(MAX_BYTES, v.codePointCount(0, v.length())));
        while (end > 0 && folderBytes(v.substring(0, end) + tail) > MAX_BYTES) end = v.offsetByCodePoints(end, -1);
        return v.substring(0, end) + tail;
    }

    private static int folderBytes(String v) {
        return ExternalCatalogUtils.escapePathName(v).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
