package quotestance.speakers;

import java.util.Optional;

import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#CONTINUED}: a paragraph of a quotation that runs on into the next one, with no mention of
 * its own. It names no speaker here: the paragraph that closes the quotation has the attribution, and
 * {@link OpenParagraphs} carries that speaker back once the article is read.
 */
final class ContinuedStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        if (quote.mention() != null || !quote.continues()) return Optional.empty();
        return Optional.of(Resolved.by(ResolutionStep.CONTINUED, null));
    }
}
