package quotestance.quotes.sieve;

import java.util.List;

import quotestance.model.QuoteCandidate;

/**
 * A sieve of reported speech: at a cue word no direct quote took, it reads the clause that was reported and
 * the speaker. The conditions a sieve states with {@link CueSite} keep it off the cues an earlier one reads.
 */
public non-sealed interface CueSieve extends QuoteSieve {
    /** The quote this pattern reads at the cue, or null. */
    QuoteCandidate read(CueSite cue);

    @Override
    default List<QuoteCandidate> find(ArticleView article, Claims claims) {
        return new SieveChains(List.of(this)).find(article, claims);
    }
}
