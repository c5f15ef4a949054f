package quotestance.model;

/** A paragraph: a run of text between blank lines (or between line breaks in texts that have no blank lines). */
public record Paragraph(int index, Span span) {
}
