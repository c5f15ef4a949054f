package quotestance.quotes;

import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.quotes.sieve.ArticleView;
import quotestance.quotes.sieve.QuoteSieves;

/**
 * Finds quote content and the cue and speaker mention next to it, most certain patterns first: the attribution
 * sieves of {@link QuoteSieves#ORDER}, direct quotes before reported speech, and the reconciliation steps between
 * and after them. Stateless and thread-safe.
 */
public final class QuoteFinder {
    /** Quote candidates of one article, in text order. */
    public List<QuoteCandidate> find(String original, String normalized, List<Paragraph> paragraphs, List<Sentence> sentences) {
        return QuoteSieves.find(new ArticleView(original, normalized, paragraphs, sentences));
    }
}
