package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.Quote;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.quotes.QuoteFinder;
import quotestance.text.Paragraphs;
import quotestance.text.SentenceSplitter;
import quotestance.text.TextNormalizer;
import quotestance.text.WordTokenizer;

/**
 * The resolution steps' tests run on: an article read as the analyzer reads it (paragraphs, sentences, tokens),
 * its quotes found by {@link QuoteFinder}, and their speakers resolved by one {@link SpeakerResolver} (the rule steps
 * alone unless given a ranker); no party
 * matching, no stance. One harness per test class; the resolver in it may be shared between threads.
 */
final class ResolverHarness {
    /** An article read up to the resolver: its text as normalized, its sentences and its quote candidates. */
    record Read(String articleId, String normalized, List<Sentence> sentences, List<QuoteCandidate> candidates) {
    }

    /** The resolver's answer for one article, with ways to find a quote in it. */
    record Outcome(String text, SpeakerResolver.Resolution resolution) {
        Quote quote(String contentStartsWith) {
            for (Quote q : resolution.quotes()) if (q.content().of(text).startsWith(contentStartsWith)) return q;
            throw new AssertionError("no quote starting with '" + contentStartsWith + "' in " + describe());
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (Quote q : resolution.quotes()) {
                sb.append("\n  [").append(q.content().of(text)).append("] speaker=").append(q.speaker())
                        .append(" attribution=").append(q.attribution()).append(" confidence=").append(q.confidence());
            }
            return sb.toString();
        }
    }

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final QuoteFinder finder = new QuoteFinder();
    final SpeakerResolver resolver;

    /** The rule steps alone: what each step decides, without the learned ranker. */
    ResolverHarness() {
        this(SpeakerRanker.NONE);
    }

    ResolverHarness(SpeakerRanker ranker) {
        this.resolver = new SpeakerResolver(ranker);
    }

    /** Reads the text as the analyzer does, up to the quote candidates. Not thread-safe (OpenNLP). */
    synchronized Read read(String articleId, String text) {
        String normalized = TextNormalizer.normalize(text);
        List<Paragraph> paragraphs = Paragraphs.split(normalized);
        List<Sentence> sentences = new ArrayList<>();
        int p = 0;
        for (Span s : splitter.split(text, normalized, paragraphs)) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).span().end() <= s.start()) p++;
            sentences.add(new Sentence(sentences.size(), p, s, tokenizer.tokenize(normalized, s.start(), s.end())));
        }
        return new Read(articleId, normalized, sentences, finder.find(text, normalized, paragraphs, sentences));
    }

    /** Resolves an article already read. */
    Outcome resolve(Read read) {
        return new Outcome(read.normalized(), resolver.resolve(read.articleId(), read.normalized(), read.sentences(), read.candidates()));
    }

    Outcome resolve(String text) {
        return resolve(read("test-article", text));
    }

    /** The candidate the quote was made from. */
    static QuoteCandidate candidate(Read read, Quote q) {
        for (QuoteCandidate c : read.candidates()) if (c.content().equals(q.content())) return c;
        throw new AssertionError("no candidate for " + q);
    }

    /** The finding rule's confidence times a step's factor, to three decimals, as the quote should carry it. */
    static double confidence(Read read, Quote q, double factor) {
        return Math.round(candidate(read, q).confidence() * factor * 1000) / 1000.0;
    }

    /** The step that resolved the quote: the second part of its attribution. */
    static ResolutionStep step(Quote q) {
        return ResolutionStep.ofLabel(q.attribution().substring(q.attribution().indexOf('+') + 1));
    }

    /**
     * Resolves the text and checks its quote that starts with {@code contentStartsWith}: its speaker, its step and
     * its whole attribution label; returns it.
     */
    Quote expect(String text, String contentStartsWith, String speaker, ResolutionStep step, String attribution) {
        Quote q = resolve(text).quote(contentStartsWith);
        assertResolved(q, speaker, step, attribution);
        return q;
    }

    /** {@link #expect(String, String, String, ResolutionStep, String)}, and the step's factor in its confidence too. */
    Quote expect(String text, String contentStartsWith, String speaker, ResolutionStep step, String attribution, double factor) {
        Read read = read("test-article", text);
        Quote q = resolve(read).quote(contentStartsWith);
        assertResolved(q, speaker, step, attribution);
        assertEquals(confidence(read, q, factor), q.confidence(), "confidence of " + q);
        return q;
    }

    /** The quote's speaker, the step that resolved it, and its whole attribution label are these. */
    static void assertResolved(Quote q, String speaker, ResolutionStep step, String attribution) {
        assertEquals(speaker, q.speaker(), "speaker of " + q);
        assertEquals(step, step(q), "step of " + q);
        assertEquals(attribution, q.attribution(), "attribution of " + q);
    }
}
