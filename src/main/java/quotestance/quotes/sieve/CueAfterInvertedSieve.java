package quotestance.quotes.sieve;

import quotestance.attribution.ConfidenceTable;
import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/** {@code "...," said Ayoub}: a speech cue right after the closing mark, then the speaker. */
public final class CueAfterInvertedSieve implements QuotationSieve {
    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_CUE_AFTER_INVERTED;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        int i = q.attributionStart();
        if (i < 0) return null;
        TokenText t = q.closeTokens();
        if (DashNameSieve.isDash(t, i)) return null;
        Lexicons.CueWord cw = lex.cue(t.lower(i));
        if (cw == null || !cw.speech()) return null;
        Mention m = mentions.after(t, i + 1);
        claims.takeCue(t.start(i));
        return q.quote(CuePhrases.cueSpan(t, i), cw.lemma(), m, rule(),
                RuleConfidence.of(rule(), m == null ? RuleConfidence.NO_MENTION : ConfidenceTable.ANY));
    }
}
