package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * {@code State television quoted President Omar al-Hakim as saying that ...}: the one quoted said it, not the
 * channel; in the passive ({@code He was quoted as saying by local media that ...}) the subject.
 */
public final class QuotedAsSayingSieve implements CueSieve {
    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_QUOTED_AS_SAYING;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.counts() || site.inWhClause() || site.quoted() == null) return null;
        int afterCue = site.afterCue();
        Span content = afterCue < 0 || Clauses.clauseEnds(site.tokens(), afterCue) ? null
                : Clauses.clause(site.text(), site.tokens(), afterCue, site.sentence());
        if (content == null || Spans.wordCount(site.text(), content) < 2) return null;
        return site.quote(content, site.quoted(), rule(), RuleConfidence.of(rule()));
    }
}
