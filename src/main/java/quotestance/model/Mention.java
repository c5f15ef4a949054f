package quotestance.model;

import java.util.List;

import quotestance.model.Span;
import quotestance.model.SpeakerType;

/**
 * A speaker as written next to a cue: the whole noun phrase, the name inside it (null when it has none),
 * the titles or roles written before the name, what kind of mention it is, and the rule that read it.
 */
public record Mention(Span span, Span name, List<String> titles, Kind kind, SpeakerType type, char gender, String head,
                      MentionRule rule) {
    public enum Kind {
        /** Has a proper name: "Maj. Gen. Mohammad Bagheri", "Ayoub", "the World Food Programme". */
        NAME,
        /** A personal pronoun: "he", "she", "they". */
        PRONOUN,
        /** A description without a name: "the minister", "a spokesman", "officials". */
        DESCRIPTION
    }

    public Mention {
        titles = List.copyOf(titles);
    }

    /** A noun phrase read as titles and a name ({@link MentionRule#NOUN_PHRASE}). */
    public Mention(Span span, Span name, List<String> titles, Kind kind, SpeakerType type, char gender, String head) {
        this(span, name, titles, kind, type, gender, head, MentionRule.NOUN_PHRASE);
    }

    /** The same mention, as read by another rule. */
    public Mention withRule(MentionRule r) {
        return new Mention(span, name, titles, kind, type, gender, head, r);
    }

    public boolean isPronoun() {
        return kind == Kind.PRONOUN;
    }

    /** The same speaker, written over another span ("Two sources familiar with the talks" for "Two sources"). */
    public Mention withSpan(Span written) {
        return new Mention(written, name, titles, kind, type, gender, head, rule);
    }
}
