package quotestance.speakers;

import java.util.Optional;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;

/**
 * One resolution step: for a quote, the speaker it names and the {@link quotestance.model.ResolutionStep} that
 * labels the result, or nothing, to leave the quote to the next step. {@link SpeakerResolver} tries its steps in
 * one ordered list; the first result decides. A step keeps no state of its own: what it reads and changes is the
 * call's {@link ArticleEntities}, so one list of steps serves every call and thread.
 */
interface ResolutionStepRule {
    /** This step's result for the quote whose mention (or, without one, whose content) stands at {@code at}. */
    Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article);

    /**
     * Whether a result of this step is a new sighting of its speaker, which the article then records (prominent,
     * the previous speaker); false for a step that repeats a result already recorded.
     */
    default boolean seesSpeaker() {
        return true;
    }

    /** The quote's speaker mention if it is of the kind a step reads; null otherwise. */
    static Mention mentionOf(QuoteCandidate quote, Mention.Kind kind) {
        Mention m = quote.mention();
        return m != null && m.kind() == kind ? m : null;
    }
}
