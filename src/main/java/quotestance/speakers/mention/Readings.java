package quotestance.speakers.mention;

import java.util.List;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/** The two shapes of mention that many rules return. */
final class Readings {
    private Readings() {
    }

    /** A description with no name over tokens {@code from..to} ("some traders", "Thirty percent of farmers"). */
    static Mention description(TokenText t, int from, int to, SpeakerType type, String head, MentionRule rule) {
        return new Mention(new Span(t.start(from), t.end(to)), null, List.of(), Mention.Kind.DESCRIPTION, type, (char) 0, head, rule);
    }

    /** The same speaker, its phrase written on to {@code end} ("officials" widened to "officials in Tehran"). */
    static Mention widened(Mention m, int end, MentionRule rule) {
        return new Mention(new Span(m.span().start(), end), m.name(), m.titles(), m.kind(), m.type(), m.gender(), m.head(), rule);
    }
}
