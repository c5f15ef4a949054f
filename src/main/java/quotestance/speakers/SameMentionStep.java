package quotestance.speakers;

import java.util.Optional;

import quotestance.model.QuoteCandidate;

/**
 * Two quotes of one cue ({@code "A," she said, "B."}) share their speaker mention: the second takes the result
 * of the first, step and all. The speaker was seen already at that mention, so nothing is recorded again.
 */
final class SameMentionStep implements ResolutionStepRule {
    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        return quote.mention() == null ? Optional.empty() : Optional.ofNullable(article.resolvedMention(quote.mention().span()));
    }

    @Override
    public boolean seesSpeaker() {
        return false;
    }
}
