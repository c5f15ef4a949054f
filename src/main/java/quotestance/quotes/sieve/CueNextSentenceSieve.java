package quotestance.quotes.sieve;

import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * {@code "... ." Tomas Lind said in a radio interview.}: the quotation closes its own sentence, and the next
 * sentence of the paragraph is only a named subject, a speech cue and a short adjunct, with no reported clause
 * of its own.
 */
public final class CueNextSentenceSieve implements QuotationSieve {
    /** How far into the next sentence the cue may stand, and how many words may follow it. */
    private static final int MAX_CUE_TOKEN = 8;
    private static final int MAX_ADJUNCT_TOKENS = 7;

    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_CUE_NEXT_SENTENCE;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        if (!q.closed() || q.embedded()) return null;
        int k = q.closeSentence();
        if (k < 0 || q.afterClose() < article.tokens(k).size()) return null; // words follow in the sentence
        if (k + 1 >= article.sentenceCount() || article.sentence(k + 1).paragraphIndex() != article.sentence(k).paragraphIndex()) {
            return null;
        }
        TokenText n = article.tokens(k + 1);
        for (int j = 1; j < Math.min(n.size(), MAX_CUE_TOKEN); j++) {
            Lexicons.CueWord c = lex.cue(n.lower(j));
            if (c == null || !c.speech()) continue;
            Mention m = mentions.before(n, j);
            if (m == null || m.isPronoun() || n.tokenAtOrAfter(m.span().start()) != 0) return null;
            int rest = n.size() - j - 1;
            for (int r = j + 1; r < n.size(); r++) {
                if (n.is(r, "that") || n.isQuoteMark(r) || n.isPunct(r, ',') || n.isPunct(r, ':')) return null;
            }
            if (rest > MAX_ADJUNCT_TOKENS || claims.cueTaken(n.start(j))) return null;
            claims.takeCue(n.start(j));
            return q.quote(CuePhrases.cueSpan(n, j), c.lemma(), m, rule(), RuleConfidence.of(rule()));
        }
        return null;
    }
}
