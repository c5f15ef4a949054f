package quotestance.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import quotestance.model.Article;
import quotestance.model.PartyMention;
import quotestance.model.Quote;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.Stance;

/**
 * One stance per party mention: inside a quote, the quote's speaker holds it; outside every quote, the
 * article's author does (holder "author", id "author:" + the source). The classifier reads the sentence
 * around the mention, or the quote's own text when the quote is shorter.
 */
public final class StanceAnnotator {
    public static final String AUTHOR = "author";

    private final StanceClassifier classifier;

    public StanceAnnotator(StanceClassifier classifier) {
        this.classifier = classifier;
    }

    public List<Stance> annotate(Article article, String normalized, List<Sentence> sentences, List<Quote> quotes,
                                 List<PartyMention> mentions) {
        if (mentions.isEmpty()) return List.of();
        Map<String, Quote> quoteById = new HashMap<>();
        List<Span> speakerSpans = new ArrayList<>();
        for (Quote q : quotes) {
            quoteById.put(q.id(), q);
            if (q.speakerMention() != null) speakerSpans.add(q.speakerMention());
        }
        speakerSpans.sort(java.util.Comparator.comparingInt(Span::start));
        List<Stance> out = new ArrayList<>(mentions.size());
        int s = 0;
        for (PartyMention m : mentions) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= m.span().start()) s++;
            Span context = sentences.isEmpty() ? new Span(0, normalized.length()) : sentences.get(s).span();
            Quote q = m.quoteId() == null ? null : quoteById.get(m.quoteId());
            if (q != null && q.content().length() < context.length() && q.content().contains(m.span())) context = q.content();
            if (!context.contains(m.span())) context = new Span(Math.min(context.start(), m.span().start()), Math.max(context.end(), m.span().end()));
            StanceClassifier.Decision d;
            Span speaker = q == null ? enclosing(speakerSpans, m.span()) : null;
            if (speaker != null) {
                // "Hezbollah leader Hassan Nasrallah accused ...": the party names who speaks; what the sentence says is
                // the speaker's, toward others, and the author takes no side by naming them
                d = new StanceClassifier.Decision(quotestance.model.StanceLabel.NEUTRAL, 0, 1,
                        "rule: names the speaker (" + article.text().substring(speaker.start(), speaker.end()) + ")");
            } else {
                String window = normalized.substring(context.start(), context.end());
                d = classifier.classify(window, m.span().start() - context.start(), m.span().end() - context.start());
            }
            String holder;
            String holderId;
            if (q != null) {
                holder = q.speaker() != null ? q.speaker() : q.speakerMention() != null ? q.speakerMention().of(article.text()) : "unknown speaker";
                holderId = q.speakerId();
            } else {
                holder = AUTHOR;
                holderId = AUTHOR + ":" + (article.source() == null ? "unknown source" : article.source());
            }
            out.add(new Stance(m.quoteId(), holder, holderId, m.party(), m.span(), d.label(), d.score(), d.evidence()));
        }
        return out;
    }

    /** The speaker mention that holds the span, if any; the mentions are sorted by start and do not nest. */
    private static Span enclosing(List<Span> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) { // the last mention that starts at or before the span
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() <= span.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = found; k >= 0 && k > found - 3; k--) if (sorted.get(k).contains(span)) return sorted.get(k);
        return null;
    }
}
