package quotestance.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 decoding that tells invalid bytes apart instead of hiding them behind replacement characters. */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The decoded text, or null when the bytes are not valid UTF-8. */
    static String decode(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decoding that replaces invalid bytes, for showing a rejected record. */
    static String lenient(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /** Nothing but white space and zero characters (the padding a crashed writer or a UTF-16 line leaves). */
    static boolean blank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u0000' && c != '\uFEFF' && !Character.isWhitespace(c)) return false;
        }
        return true;
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
