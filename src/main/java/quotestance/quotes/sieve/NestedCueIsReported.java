package quotestance.quotes.sieve;

/**
 * {@code X said Y believes Z}: a cue inside the clause of an earlier one, not coordinated with it, is a part of
 * what was reported; it gives no quote of its own.
 */
public final class NestedCueIsReported implements PairStep {
    @Override
    public Meeting apply(Meeting m, ArticleView article, Claims claims) {
        return m.nested() && !m.coordinated(article) ? m.dropNext() : m;
    }
}
