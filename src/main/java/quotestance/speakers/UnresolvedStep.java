package quotestance.speakers;

import java.util.Optional;

import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/** {@link ResolutionStep#UNRESOLVED}: a quote with no mention that no earlier step gave a speaker keeps none. */
final class UnresolvedStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        return quote.mention() != null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.UNRESOLVED, null));
    }
}
