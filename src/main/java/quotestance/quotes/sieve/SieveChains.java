package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;

/**
 * Runs sieves in their order over the units they read: each quotation of a paragraph, then the paragraph. The
 * first sieve that reads a unit takes it.
 */
final class SieveChains {
    private final List<QuotationSieve> quotationSieves = new ArrayList<>();
    private final List<ParagraphSieve> paragraphSieves = new ArrayList<>();

    SieveChains(List<? extends QuoteSieve> order) {
        for (QuoteSieve s : order) {
            if (s instanceof QuotationSieve q) quotationSieves.add(q);
            else paragraphSieves.add((ParagraphSieve) s); // the interface is sealed: nothing else is a sieve
        }
    }

    /** The quotes the sieves find, paragraph by paragraph; not yet in text order. */
    List<QuoteCandidate> find(ArticleView article, Claims claims) {
        List<QuoteCandidate> out = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            if (!quotationSieves.isEmpty()) {
                for (QuotationSite q : QuotationSite.in(article, p)) {
                    QuoteCandidate c = readQuotation(q, article, claims);
                    if (c == null) continue;
                    out.add(c);
                    claims.takeQuoted(q.quotation().outer());
                    claims.recordQuotation(c);
                }
            }
            for (ParagraphSieve s : paragraphSieves) {
                QuoteCandidate c = s.read(p, article, claims);
                if (c != null) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    private QuoteCandidate readQuotation(QuotationSite q, ArticleView article, Claims claims) {
        for (QuotationSieve s : quotationSieves) {
            QuoteCandidate c = s.read(q, article, claims);
            if (c != null) return c;
        }
        return null;
    }
}
