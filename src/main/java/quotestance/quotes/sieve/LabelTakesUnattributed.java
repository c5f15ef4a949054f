package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * {@code KATE BOLD: "Why not debate?"}: a quotation with no speaker of its own in a labelled paragraph is the
 * label's; the labelled copy {@link LabelSieve} gave takes the place of the quotation's own quote.
 */
public final class LabelTakesUnattributed implements FinalStep {
    @Override
    public List<QuoteCandidate> apply(List<QuoteCandidate> candidates, ArticleView article) {
        Set<Span> labelled = new HashSet<>();
        for (QuoteCandidate c : candidates) if (c.rule() == AttributionRule.DIRECT_LABEL) labelled.add(c.content());
        if (labelled.isEmpty()) return candidates;
        List<QuoteCandidate> out = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            if (c.rule() != AttributionRule.DIRECT_LABEL && labelled.contains(c.content())) continue;
            out.add(c);
        }
        return out;
    }
}
