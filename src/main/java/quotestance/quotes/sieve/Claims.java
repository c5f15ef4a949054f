package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * What the sieves before took from one article: cue words that attribute a quote already (a reported clause
 * may not use them again), the direct quotes' spans with their marks and the paragraphs that are quotes
 * whole (later quotes stay out of them), the candidates each paragraph's quotations gave, and the speaker of
 * the last reported quote of the sentence being read (a participle or a second verb goes on with it). Not
 * thread-safe: one per article and call.
 */
public final class Claims {
    private final BitSet cueStarts;
    private final DisjointSpans quoted = new DisjointSpans();
    private final Map<Integer, List<QuoteCandidate>> byParagraph = new HashMap<>();
    private int speakerSentence = -1;
    private Mention lastSpeaker;

    public Claims(ArticleView article) {
        this.cueStarts = new BitSet(article.text().length() + 1);
    }

    /** Whether a quote's cue starts at {@code offset}. */
    public boolean cueTaken(int offset) {
        return cueStarts.get(offset);
    }

    public void takeCue(int offset) {
        cueStarts.set(offset);
    }

    /** Whether a direct quote or a quoted paragraph holds the offset. */
    public boolean quotedAt(int offset) {
        return quoted.holds(offset);
    }

    public boolean overlapsQuoted(Span s) {
        return quoted.overlaps(s);
    }

    /** The quoted spans that overlap {@code s}, in text order. */
    public List<Span> quotedOverlapping(Span s) {
        return quoted.overlapping(s);
    }

    /** Takes a span that overlaps none taken before. */
    public void takeQuoted(Span s) {
        quoted.add(s);
    }

    /** Records the candidate a quotation of its paragraph gave. */
    public void recordQuotation(QuoteCandidate c) {
        byParagraph.computeIfAbsent(c.paragraphIndex(), k -> new ArrayList<>(2)).add(c);
    }

    /** The candidates the quotations of the paragraph gave, in text order. */
    public List<QuoteCandidate> quotationsIn(int paragraph) {
        return byParagraph.getOrDefault(paragraph, List.of());
    }

    /** The speaker of the last reported quote kept in the sentence; null when there is none yet. */
    public Mention lastSpeaker(int sentence) {
        return sentence == speakerSentence ? lastSpeaker : null;
    }

    public void lastSpeaker(int sentence, Mention m) {
        speakerSentence = sentence;
        lastSpeaker = m;
    }
}
