package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/**
 * {@code ..., the minister said.}: the clause, a comma, the subject and the cue closing the sentence (or only a
 * short phrase of place or time after it). A phrase of time or place alone is no clause ("On Saturday, the
 * board condemned ...").
 */
public final class ClauseBeforeSubjectSieve implements CueSieve {
    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_CLAUSE_BEFORE_SUBJECT;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.open() || site.speaker() == null || !site.statement()) return null;
        ClauseBefore c = site.clauseBefore();
        if (c == null || c.rest() != null) return null;
        return site.quote(c.before(), site.speaker(), rule(), RuleConfidence.of(rule(), RuleConfidence.speechOrBelief(site.cue().speech())));
    }
}
