package quotestance.model;

/** A sentence inside one paragraph, with its tokens. Sentences never cross paragraphs. */
public record Sentence(int index, int paragraphIndex, Span span, Tokens tokens) {
}
