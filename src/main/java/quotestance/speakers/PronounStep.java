package quotestance.speakers;

import java.util.Optional;
import java.util.Set;

import quotestance.lexicon.WordLists;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * {@link ResolutionStep#PRONOUN}: "he", "she", "it" or "they" goes to the fitting entity most recently in a
 * prominent place (speaking, or opening a sentence as its subject); failing that, to the fitting one mentioned
 * last. Names in passing ("after the shooting of X") rank below the prominent ones.
 */
final class PronounStep implements ResolutionStepRule {
    private static final Set<String> RESOLVABLE_PRONOUNS = WordLists.load("speakers/resolvable-pronouns");

    @Override
    public Optional<Resolved> resolve(QuoteCandidate quote, int at, ArticleEntities article) {
        Mention m = ResolutionStepRule.mentionOf(quote, Mention.Kind.PRONOUN);
        if (m == null) return Optional.empty();
        Entity who = byPronoun(article, m.head(), at);
        return who == null ? Optional.empty() : Optional.of(Resolved.by(ResolutionStep.PRONOUN, who));
    }

    private static Entity byPronoun(ArticleEntities article, String pronoun, int at) {
        if (!RESOLVABLE_PRONOUNS.contains(pronoun)) return null;
        Entity best = null;
        for (Entity e : article.recent()) {
            if (e.lastSalient < 0 || e.lastSalient >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSalient > best.lastSalient) best = e;
        }
        if (best != null) return best;
        for (Entity e : article.recent()) {
            if (e.lastSeen >= at || !e.fitsPronoun(pronoun)) continue;
            if (best == null || e.lastSeen > best.lastSeen) best = e;
        }
        return best;
    }
}
