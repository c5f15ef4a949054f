package quotestance.speakers;

import java.util.Arrays;

/** The line breaks of a text (a run of them counted once), to count paragraphs between two offsets in log time. */
final class LineBreaks {
    private LineBreaks() {
    }

    static int[] of(String text) {
        int[] out = new int[16];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n' || (i > 0 && text.charAt(i - 1) == '\n')) continue;
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** How many of the breaks lie in [from, to). */
    static int between(int[] breaks, int from, int to) {
        if (to <= from) return 0;
        return Math.max(0, insertionPoint(breaks, to) - insertionPoint(breaks, from));
    }

    private static int insertionPoint(int[] breaks, int at) {
        int i = Arrays.binarySearch(breaks, at);
        return i >= 0 ? i : -i - 1;
    }
}
