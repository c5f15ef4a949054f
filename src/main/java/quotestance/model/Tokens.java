package quotestance.model;

import java.util.Arrays;

/**
 * The tokens of one sentence as parallel arrays of UTF-16 offsets into the article text. Arrays rather than
 * one object per token: the job tokenises every sentence of the corpus and keeps few of the tokens.
 */
public final class Tokens {
    private static final int[] NONE = new int[0];
    public static final Tokens EMPTY = new Tokens(NONE, NONE);

    private final int[] starts;
    private final int[] ends;

    public Tokens(int[] starts, int[] ends) {
        if (starts.length != ends.length) throw new IllegalArgumentException("starts and ends differ in length");
        this.starts = starts.clone();
        this.ends = ends.clone();
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public Span span(int i) {
        return new Span(starts[i], ends[i]);
    }

    public String text(String articleText, int i) {
        return articleText.substring(starts[i], ends[i]);
    }

    /** Index of the token that contains or starts after {@code offset}; {@code size()} when none does. */
    public int indexAtOrAfter(int offset) {
        int i = Arrays.binarySearch(ends, offset + 1);
        i = i < 0 ? -i - 1 : i;
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tokens t && Arrays.equals(starts, t.starts) && Arrays.equals(ends, t.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        return "Tokens[" + size() + "]";
    }
}
