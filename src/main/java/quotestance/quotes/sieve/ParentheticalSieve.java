package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * {@code While some couples split, Moll said, for others it deepens the bond}: the subject and the cue between
 * commas inside the clause; the quote is the whole clause ({@link SplitParentheticals} later makes it two, as for
 * an interrupted quotation). An -ing phrase after the cue's comma belongs to the attribution
 * ({@code ..., the agency said, adding that ...}): then the clause stands before it only.
 */
public final class ParentheticalSieve implements CueSieve {
    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_PARENTHETICAL;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.open() || site.speaker() == null || !site.statement()) return null;
        ClauseBefore c = site.clauseBefore();
        if (c == null || c.rest() == null) return null;
        return site.quote(new Span(c.before().start(), c.rest().end()), site.speaker(), rule(), RuleConfidence.of(rule(), RuleConfidence.speechOrBelief(site.cue().speech())));
    }
}
