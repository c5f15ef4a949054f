package quotestance.quotes.sieve;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Span;

/**
 * Non-empty spans that overlap none of one another, held in text order: the direct quotes of an article, which
 * every later quote must stay out of. Lookups are binary searches; a scan of all of them per cue word and per
 * paragraph made an article of many short quotations quadratic. Not thread-safe: one per article.
 */
final class DisjointSpans {
    private final List<Span> spans = new ArrayList<>();

    /** Adds a non-empty span that overlaps none held; most come in text order, so it goes at the end. */
    void add(Span s) {
        int i = spans.size();
        if (i > 0 && spans.get(i - 1).start() > s.start()) i = firstEndingAfter(s.start());
        spans.add(i, s);
    }

    /** Whether a span holds the offset. */
    boolean holds(int pos) {
        int i = firstEndingAfter(pos);
        return i < spans.size() && spans.get(i).start() <= pos;
    }

    boolean overlaps(Span s) {
        int i = firstEndingAfter(s.start());
        return i < spans.size() && spans.get(i).start() < s.end();
    }

    /** The spans that overlap {@code s}, in text order. */
    List<Span> overlapping(Span s) {
        List<Span> out = new ArrayList<>(1);
        for (int i = firstEndingAfter(s.start()); i < spans.size() && spans.get(i).start() < s.end(); i++) out.add(spans.get(i));
        return out;
    }

    /** The index of the first span that ends after {@code pos}: ends rise with starts, as no two spans overlap. */
    private int firstEndingAfter(int pos) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() > pos) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
