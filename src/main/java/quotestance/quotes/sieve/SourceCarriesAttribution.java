package quotestance.quotes.sieve;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;

/**
 * {@code ..., the spokesman said, according to the agency.}: "according to" around a clause that has its own
 * attribution names who carried the words, not who said them; the spokesman's quote stands, and there is no
 * second one.
 */
public final class SourceCarriesAttribution implements PairStep {
    @Override
    public Meeting apply(Meeting m, ArticleView article, Claims claims) {
        QuoteCandidate prev = m.previous();
        QuoteCandidate c = m.next();
        if (prev == null || c.rule() != AttributionRule.REPORTED_ACCORDING_TO || prev.cue() == null
                || !c.content().contains(prev.cue()) || prev.sentenceIndex() != c.sentenceIndex()) return m;
        return m.dropNext();
    }
}
