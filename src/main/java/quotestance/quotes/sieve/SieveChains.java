package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;

import quotestance.lexicon.Lexicons;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.text.TokenText;

/**
 * Runs sieves in their order over the units they read: each quotation of a paragraph, then the paragraph, then,
 * once every paragraph is read, each cue word of each sentence. The first sieve that reads a unit takes it. A
 * reported quote meets the one kept before it in its sentence through the pair steps, in their order.
 */
final class SieveChains {
    private final List<QuotationSieve> quotationSieves = new ArrayList<>();
    private final List<ParagraphSieve> paragraphSieves = new ArrayList<>();
    private final List<CueSieve> cueSieves = new ArrayList<>();
    private final List<PairStep> pairSteps;
    private final CueSite.Readers readers = new CueSite.Readers();
    private final Lexicons lex = Lexicons.get();

    /** The sieves alone, with no reconciliation between them. */
    SieveChains(List<? extends QuoteSieve> order) {
        this(order, List.of());
    }

    SieveChains(List<? extends QuoteSieve> order, List<PairStep> pairSteps) {
        for (QuoteSieve s : order) {
            if (s instanceof QuotationSieve q) quotationSieves.add(q);
            else if (s instanceof ParagraphSieve p) paragraphSieves.add(p);
            else cueSieves.add((CueSieve) s); // the interface is sealed: nothing else is a sieve
        }
        this.pairSteps = List.copyOf(pairSteps);
    }

    /** The quotes the sieves find, paragraph by paragraph, then sentence by sentence; not yet in text order. */
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
        if (!cueSieves.isEmpty()) {
            for (int s = 0; s < article.sentenceCount(); s++) readSentence(article, claims, s, out);
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

    private void readSentence(ArticleView article, Claims claims, int s, List<QuoteCandidate> out) {
        String text = article.text();
        Sentence sentence = article.sentence(s);
        if (CueFilters.isLinkToAnotherStory(text, sentence)) return;
        List<QuoteCandidate> kept = new ArrayList<>(2);
        TokenText t = null;
        int n = sentence.tokens().size();
        for (int i = 0; i < n; i++) {
            int start = sentence.tokens().start(i);
            if (claims.cueTaken(start) || !Character.isLetter(text.charAt(start))) continue;
            if (t == null) t = article.tokens(s);
            String w = t.lower(i);
            boolean source = w.equals("according") && t.is(i + 1, "to")
                    || w.equals("as") && t.is(i + 1, "reported") && t.is(i + 2, "by"); // "As reported by X, ..."
            Lexicons.CueWord cw = source ? Lexicons.CueWord.SOURCE : lex.cue(w);
            if (cw == null || claims.quotedAt(start)) continue;
            QuoteCandidate c = readCue(new CueSite(article, claims, s, i, cw, source, readers));
            if (c == null) continue;
            QuoteCandidate previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            PairStep.Meeting m = PairStep.Meeting.of(previous, c);
            for (PairStep step : pairSteps) {
                m = step.apply(m, article, claims);
                if (m.settled()) break;
            }
            if (m.previous() != previous) {
                kept.remove(kept.size() - 1);
                if (m.previous() != null) kept.add(m.previous());
            }
            c = m.next();
            if (c == null) continue;
            kept.add(c);
            if (c.mention() != null) claims.lastSpeaker(s, c.mention());
            if (c.cue() != null) i = Math.max(i, t.tokenAtOrAfter(c.cue().end()) - 1); // past "according to", "as reported by"
        }
        out.addAll(kept);
    }

    private QuoteCandidate readCue(CueSite site) {
        for (CueSieve s : cueSieves) {
            QuoteCandidate c = s.read(site);
            if (c != null) return c;
        }
        return null;
    }
}
