package quotestance.text;

/**
 * Makes a copy of a text that the OpenNLP models read better, without moving a single offset: every char is
 * replaced by exactly one char. Curly quotes become straight ones, exotic spaces a plain space, a CR a space
 * (or a line feed when it stands alone, as in old Mac files), zero-width characters a space.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char r = replacement(c, i + 1 < n ? text.charAt(i + 1) : '\0');
            if (r != c) {
                if (out == null) out = text.toCharArray();
                out[i] = r;
            }
        }
        return out == null ? text : new String(out);
    }

    static char replacement(char c, char next) {
        switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E', '\uFF02':
                return '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A':
                return '\'';
            case '\r':
                return next == '\n' ? ' ' : '\n';
            case '\u00A0', '\u2007', '\u202F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\t', '\u000B', '\u000C':
                return ' ';
            case '\u2028', '\u2029', '\u0085':
                return '\n';
            default:
                if (c >= '\u2000' && c <= '\u200A') return ' ';
                if (c == '\u3000') return ' ';
                return c;
        }
    }
}
