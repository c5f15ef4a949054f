package quotestance;

/**
 * Hides the secret in a URI's user information ({@code s3a://KEY:SECRET@bucket/x}, {@code
 * https://user:password@host/...}) before a path is printed, logged, or written to the manifest or a table: a
 * credential a user put into a path must not spread to every reader of the output.
 */
public final class Redaction {
    static final String HIDDEN = "***";

    private Redaction() {
    }

    /** The text with the password part of every {@code scheme://user:password@} replaced by {@code ***}. */
    public static String uri(String s) {
        if (s == null || s.indexOf('@') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (true) {
            int scheme = s.indexOf("://", from);
            if (scheme < 0) break;
            int authorityStart = scheme + 3;
            int authorityEnd = authorityStart;
            while (authorityEnd < s.length() && "/?# \t\n\"'".indexOf(s.charAt(authorityEnd)) < 0) authorityEnd++;
            int at = s.lastIndexOf('@', authorityEnd - 1);
            out.append(s, from, authorityStart);
            if (at >= authorityStart) {
                int colon = s.indexOf(':', authorityStart);
                String user = colon >= 0 && colon < at ? s.substring(authorityStart, colon) : s.substring(authorityStart, at);
                out.append(user).append(':').append(HIDDEN).append(s, at, authorityEnd);
            } else {
                out.append(s, authorityStart, authorityEnd);
            }
            from = authorityEnd;
        }
        return out.append(s, from, s.length()).toString();
    }
}
