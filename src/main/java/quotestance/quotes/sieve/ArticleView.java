package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.Sentence;
import quotestance.text.TokenText;

/**
 * One article as the sieves read it: the original text (whose quotation marks show their direction), the
 * normalised text the tokens index, its paragraphs and sentences, and a token view per sentence, cut on first
 * use (most sentences are looked at for a cue and left). Not thread-safe: one per article and call.
 */
public final class ArticleView {
    private final String original;
    private final String text;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final TokenText[] tokens;
    private final int[] sentenceEnds;

    public ArticleView(String original, String normalized, List<Paragraph> paragraphs, List<Sentence> sentences) {
        this.original = original;
        this.text = normalized;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.tokens = new TokenText[sentences.size()];
        this.sentenceEnds = new int[sentences.size()];
        for (int i = 0; i < sentenceEnds.length; i++) sentenceEnds[i] = sentences.get(i).span().end();
    }

    /** The text as written: quotation marks are found in it. */
    public String original() {
        return original;
    }

    /** The normalised text (straight quotes, plain spaces): every span indexes it. */
    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** The tokens of sentence {@code i}, with their words. */
    public TokenText tokens(int i) {
        if (tokens[i] == null) tokens[i] = new TokenText(text, sentences.get(i));
        return tokens[i];
    }

    /** The first sentence that ends after {@code offset}; {@link #sentenceCount()} when none does. */
    public int firstSentenceEndingAfter(int offset) {
        int lo = 0;
        int hi = sentenceEnds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceEnds[mid] > offset) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    /** The sentence that holds {@code offset}, or the last one when the offset comes after them all. */
    public int sentenceAt(int offset) {
        return Math.min(firstSentenceEndingAfter(offset), sentences.size() - 1);
    }
}
