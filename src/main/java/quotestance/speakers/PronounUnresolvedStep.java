package quotestance.speakers;

import java.util.Optional;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#PRONOUN_UNRESOLVED}: a pronoun with no fitting entity before it ("we", or "she" in an
 * article that has named no woman yet) names no speaker.
 */
final class PronounUnresolvedStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.PRONOUN);
        if (m == null) return Optional.empty();
        return Optional.of(Resolved.by(ResolutionStep.PRONOUN_UNRESOLVED, null));
    }
}
