package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/** {@code "..." – Hill}, {@code "..." -- the ministry}: a dash after the closing mark, then a name that ends the attribution. */
public final class DashNameSieve implements QuotationSieve {
    private final MentionParser mentions = new MentionParser();

    @Override
    public AttributionRule rule() {
        return AttributionRule.DIRECT_DASH_NAME;
    }

    @Override
    public QuoteCandidate read(QuotationSite q, ArticleView article, Claims claims) {
        int i = q.attributionStart();
        if (i < 0) return null;
        TokenText t = q.closeTokens();
        if (!isDash(t, i)) return null;
        Mention m = mentions.after(t, i + 1);
        if (m == null || m.kind() != Mention.Kind.NAME || !endsSoonAfter(t, m)) return null;
        return q.quote(null, null, m, rule(), RuleConfidence.of(rule()));
    }

    static boolean isDash(TokenText t, int i) {
        return t.isPunct(i, '-') || t.word(i).equals("\u2013") || t.word(i).equals("\u2014") || t.word(i).equals("--");
    }

    private static boolean endsSoonAfter(TokenText t, Mention m) {
        int after = t.tokenAtOrAfter(m.span().end());
        return after >= t.size() || t.isPunct(after, '.') || t.isPunct(after, ',') || t.isQuoteMark(after);
    }
}
