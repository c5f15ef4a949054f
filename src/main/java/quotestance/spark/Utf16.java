package quotestance.spark;

import java.nio.charset.Charset;

/**
 * Tells a UTF-16 file by its byte order mark, or by the zero byte in every other position that UTF-16 gives
 * Latin text (UTF-8 text has no zero bytes). Such a file is rejected with its encoding named, since decoding it
 * as UTF-8 would only produce noise.
 */
final class Utf16 {
    /** How many bytes of a file's start decide. */
    static final int SNIFF_BYTES = 64;

    private Utf16() {
    }

    /** {@code UTF-16LE}, {@code UTF-16BE}, or null when the bytes do not look like UTF-16. */
    static String sniff(byte[] b, int length) {
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return "UTF-16LE";
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return "UTF-16BE";
        int pairs = Math.min(length, SNIFF_BYTES) / 2;
        int lowFirst = 0; // a Latin character in little-endian order: its byte, then zero
        int highFirst = 0;
        for (int i = 0; i < pairs; i++) {
            boolean zero0 = b[2 * i] == 0;
            boolean zero1 = b[2 * i + 1] == 0;
            if (!zero0 && zero1) lowFirst++;
            else if (zero0 && !zero1) highFirst++;
        }
        if (pairs < 2) return null;
        if (highFirst == 0 && 2 * lowFirst >= pairs) return "UTF-16LE";
        if (lowFirst == 0 && 2 * highFirst >= pairs) return "UTF-16BE";
        return null;
    }

    static String detail(String charset) {
        return "the file is " + charset + ", not UTF-8: convert it (iconv -f UTF-16 -t UTF-8)";
    }

    /** The text in that encoding, without its byte order mark, invalid sequences replaced: for {@code raw}. */
    static String decode(byte[] b, int length, String charset) {
        return StrictUtf8.stripBom(new String(b, 0, length, Charset.forName(charset)));
    }
}
