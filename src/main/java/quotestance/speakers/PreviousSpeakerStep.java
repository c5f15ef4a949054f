package quotestance.speakers;

import java.util.Optional;

import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#PREVIOUS_SPEAKER}: a quote with no cue of its own goes on from the quote before it, so it
 * takes that quote's speaker, if that stood within {@link ArticleEntities#PREVIOUS_SPEAKER_PARAGRAPHS} paragraphs.
 */
final class PreviousSpeakerStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        if (quote.mention() != null) return Optional.empty();
        Entity previous = article.previousSpeaker(quote.paragraphIndex());
        return previous == null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.PREVIOUS_SPEAKER, previous));
    }
}
