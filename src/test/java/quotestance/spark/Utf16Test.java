package quotestance.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf16Test {
    private static String sniff(byte[] b) {
        return Utf16.sniff(b, b.length);
    }

    @Test
    void byteOrderMarksAndZeroBytesTellTheOrder() {
        assertEquals("UTF-16LE", sniff("\uFEFF{\"id\": 1}".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16BE", sniff("\uFEFF{\"id\": 1}".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16LE", sniff("{\"id\": 1}".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16BE", sniff("{\"id\": 1}".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("UTF-16LE", sniff("id,text\n\u00e9t\u00e9,caf\u00e9".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf8AndZeroPaddingAreNotUtf16() {
        assertNull(sniff("{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8)));
        assertNull(sniff(new byte[64]));
        assertNull(sniff("x".getBytes(StandardCharsets.UTF_16LE))); // one character decides nothing
    }

    @Test
    void decodingDropsTheByteOrderMark() {
        byte[] b = "\uFEFFr\u00e9sum\u00e9".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("r\u00e9sum\u00e9", Utf16.decode(b, b.length, "UTF-16LE"));
    }
}
