package quotestance.speakers;

import java.util.Optional;

import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#SALIENT_PERSON}: a quote with no cue and no speaker shortly before it goes to the person
 * most recently prominent (speaking, or the subject that opens a sentence): the one the story is about.
 */
final class SalientPersonStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        if (quote.mention() != null) return Optional.empty();
        Entity person = article.mostSalientPerson(at);
        return person == null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.SALIENT_PERSON, person));
    }
}
