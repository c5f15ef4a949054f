package quotestance.speakers;

import java.util.Optional;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#FIRST_PERSON}: "I" as a speaker outside quotation marks ("I'm hoping that ...") is no
 * reporter's in a news story but the speaker of the quotations around it: the previous speaker, within
 * {@link ArticleEntities#PREVIOUS_SPEAKER_PARAGRAPHS} paragraphs. Failing that, it is left to the pronoun steps.
 */
final class FirstPersonStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.PRONOUN);
        if (m == null || !m.head().equals("i")) return Optional.empty();
        Entity previous = article.previousSpeaker(quote.paragraphIndex());
        return previous == null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.FIRST_PERSON, previous));
    }
}
