package quotestance.model;

/**
 * A quotation or reported statement. {@code content} excludes enclosing quotation marks. {@code cue} and
 * {@code speakerMention} are null when the quote has none (a floating quote has no cue of its own).
 * {@code speaker} is the article-level canonical name the mention resolved to, null when unresolved.
 * {@code mentionRule} names the rule that read the speaker mention (null without one).
 */
public record Quote(
        String id,
        Span content,
        QuoteKind kind,
        Span cue,
        Span speakerMention,
        MentionRule mentionRule,
        String speaker,
        String speakerId,
        SpeakerType speakerType,
        String attribution,
        double confidence,
        int sentenceIndex) {
}
