package quotestance.model;

/**
 * Converts UTF-16 indexes of one text into Unicode code-point offsets, the unit the tables publish (what
 * Python {@code str} and Spark SQL {@code substring} count). Texts without surrogate pairs, nearly all of
 * them, convert by identity at no cost.
 */
public final class OffsetMap {
    private final int[] surrogateStarts; // UTF-16 indexes of the high surrogates, ascending; null when none

    private OffsetMap(int[] surrogateStarts) {
        this.surrogateStarts = surrogateStarts;
    }

    public static OffsetMap of(String text) {
        int count = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
                i++;
            }
        }
        if (count == 0) return new OffsetMap(null);
        int[] highs = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                highs[k++] = i;
                i++;
            }
        }
        return new OffsetMap(highs);
    }

    /** The code-point offset of UTF-16 index {@code utf16}: the index less the pairs that end before it. */
    public int toCodePoint(int utf16) {
        if (surrogateStarts == null) return utf16;
        int lo = 0;
        int hi = surrogateStarts.length;
        while (lo < hi) { // count pairs whose high surrogate lies before utf16 - 1, i.e. whose low half is before utf16
            int mid = (lo + hi) >>> 1;
            if (surrogateStarts[mid] + 1 < utf16) lo = mid + 1;
            else hi = mid;
        }
        return utf16 - lo;
    }

    public boolean isIdentity() {
        return surrogateStarts == null;
    }
}
