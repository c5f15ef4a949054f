package quotestance.quotes.sieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.AttributionRule;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.text.Paragraphs;
import quotestance.text.SentenceSplitter;
import quotestance.text.TextNormalizer;
import quotestance.text.WordTokenizer;

/**
 * An article cut into paragraphs, sentences and tokens as the analyzer cuts it, with no gazetteer and no stance
 * model, and the quotes one unit under test found in it.
 */
record Sieved(ArticleView view, Claims claims, List<QuoteCandidate> quotes) {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    static ArticleView view(String text) {
        String normalized = TextNormalizer.normalize(text);
        List<Paragraph> paragraphs = Paragraphs.split(normalized);
        List<Sentence> sentences = new ArrayList<>();
        int p = 0;
        for (Span s : SPLITTER.split(text, normalized, paragraphs)) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).span().end() <= s.start()) p++;
            sentences.add(new Sentence(sentences.size(), p, s, TOKENIZER.tokenize(normalized, s.start(), s.end())));
        }
        return new ArticleView(text, normalized, paragraphs, sentences);
    }

    /** The quotes the sieve alone finds in the text. */
    static Sieved by(QuoteSieve sieve, String text) {
        ArticleView view = view(text);
        Claims claims = new Claims(view);
        return new Sieved(view, claims, sieve.find(view, claims));
    }

    /** The quotes another sieve finds in the same article, past what this one took. */
    Sieved then(QuoteSieve sieve) {
        return new Sieved(view, claims, sieve.find(view, claims));
    }

    QuoteCandidate only() {
        assertEquals(1, quotes.size(), describe());
        return quotes.get(0);
    }

    QuoteCandidate get(int i) {
        return quotes.get(i);
    }

    String text(Span s) {
        return s == null ? null : s.of(view.text());
    }

    /** Asserts the quote's content, cue, speaker mention and rule, as written. */
    void assertQuote(QuoteCandidate q, String content, String cue, String mention, AttributionRule rule) {
        String d = describe();
        assertEquals(content, text(q.content()), d);
        assertEquals(cue, text(q.cue()), d);
        assertEquals(mention, q.mention() == null ? null : text(q.mention().span()), d);
        assertEquals(rule, q.rule(), d);
    }

    void assertNone() {
        assertEquals(List.of(), quotes, describe());
    }

    String describe() {
        StringBuilder sb = new StringBuilder("found:");
        for (QuoteCandidate q : quotes) {
            sb.append("\n  [").append(text(q.content())).append("] cue=").append(text(q.cue())).append(" mention=")
                    .append(q.mention() == null ? null : text(q.mention().span())).append(' ').append(q.rule());
        }
        return sb.toString();
    }
}
