package quotestance.text;

import quotestance.model.Span;

/**
 * A pair of double quotation marks in one paragraph. {@code closeMark} is null when the paragraph ends with
 * the quotation still open (a quotation continued in the next paragraph, or a stray mark).
 */
public record Quotation(Span openMark, Span closeMark, int unclosedEnd) {
    public boolean closed() {
        return closeMark != null;
    }

    /** The quoted text, without the marks; up to the paragraph's end when the quotation is not closed: the paragraph end, or where the next quotation opens. */
    public Span content() {
        return new Span(openMark.end(), closed() ? closeMark.start() : unclosedEnd);
    }

    /** The quotation with its marks. */
    public Span outer() {
        return new Span(openMark.start(), closed() ? closeMark.end() : unclosedEnd);
    }
}
