package quotestance.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into an article's text. The analysis core works
 * in Java's own indexes; {@link OffsetMap} turns them into the code-point offsets the tables publish.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
