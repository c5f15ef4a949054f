package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Paragraph;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.text.Paragraphs;
import quotestance.text.SentenceSplitter;
import quotestance.text.TextNormalizer;
import quotestance.text.TokenText;
import quotestance.text.WordTokenizer;

/**
 * One invented sentence, split and tokenized as the analyzer does, and the mention {@link MentionParser} reads in
 * it next to a word. One fixture per test class: the sentence splitter is not thread-safe.
 */
final class MentionFixture {
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final MentionParser parser = new MentionParser();

    /** What the parser reads before the first token {@code cue} of {@code sentence}. */
    Reading before(String sentence, String cue) {
        TokenText t = tokens(sentence);
        return new Reading(TextNormalizer.normalize(sentence), parser.before(t, index(t, cue)));
    }

    /** What the parser reads after the first token {@code word} of {@code sentence}. */
    Reading after(String sentence, String word) {
        TokenText t = tokens(sentence);
        return new Reading(TextNormalizer.normalize(sentence), parser.after(t, index(t, word) + 1));
    }

    private TokenText tokens(String sentence) {
        String normalized = TextNormalizer.normalize(sentence);
        List<Paragraph> paragraphs = Paragraphs.split(normalized);
        List<Span> spans = splitter.split(sentence, normalized, paragraphs);
        assertEquals(1, spans.size(), "one sentence: " + sentence);
        Span s = spans.get(0);
        return new TokenText(normalized, new Sentence(0, 0, s, tokenizer.tokenize(normalized, s.start(), s.end())));
    }

    private static int index(TokenText t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.word(i).equals(word)) return i;
        }
        throw new AssertionError("no token '" + word + "'");
    }

    /** A mention as read, with the text it points into. */
    record Reading(String text, Mention mention) {
        /** Asserts the whole mention as written, the name in it (null for none), its kind, type and rule. */
        Reading is(String span, String name, Mention.Kind kind, SpeakerType type, MentionRule rule) {
            assertNotNull(mention, "a mention in: " + text);
            assertEquals(span, mention.span().of(text), "span of " + mention);
            assertEquals(name, mention.name() == null ? null : mention.name().of(text), "name of " + mention);
            assertEquals(kind, mention.kind(), "kind of " + mention);
            assertEquals(type, mention.type(), "type of " + mention);
            assertEquals(rule, mention.rule(), "rule of " + mention);
            return this;
        }

        Reading gender(char gender) {
            assertEquals(gender, mention.gender(), "gender of " + mention);
            return this;
        }

        Reading head(String head) {
            assertEquals(head, mention.head(), "head of " + mention);
            return this;
        }
    }
}
