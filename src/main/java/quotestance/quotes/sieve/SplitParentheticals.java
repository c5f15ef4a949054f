package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.AttributionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;

/**
 * {@code The pact, he said, is final}: two quotes of one speaker and cue, as a quotation interrupted by its
 * attribution is; a part of fewer than three words ({@code Police, Sinclair says, have no policies}) stays whole.
 */
public final class SplitParentheticals implements FinalStep {
    private static final int MIN_PART_WORDS = 3;

    @Override
    public List<QuoteCandidate> apply(List<QuoteCandidate> candidates, ArticleView article) {
        String text = article.text();
        List<QuoteCandidate> out = new ArrayList<>(candidates.size());
        for (QuoteCandidate c : candidates) {
            if (c.rule() != AttributionRule.REPORTED_PARENTHETICAL || c.mention() == null || c.cue() == null) {
                out.add(c);
                continue;
            }
            int attributionStart = Math.min(c.mention().span().start(), c.cue().start());
            int attributionEnd = Math.max(c.mention().span().end(), c.cue().end());
            int comma = attributionEnd;
            while (comma < c.content().end() && text.charAt(comma) != ',') comma++; // within the quote: never further
            Span before = Spans.trimTail(text, new Span(c.content().start(), attributionStart));
            Span after = comma >= c.content().end() ? null : Spans.trimTail(text, new Span(comma + 1, c.content().end()));
            if (before == null || after == null || Spans.wordCount(text, before) < MIN_PART_WORDS
                    || Spans.wordCount(text, after) < MIN_PART_WORDS) {
                out.add(c);
                continue;
            }
            out.add(Spans.withContent(text, c, before));
            out.add(Spans.withContent(text, c, after));
        }
        return out;
    }
}
