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
 * One stance per party mention: inside a quote, or between its cue and its content (the one warned or urged), the
 * quote's speaker holds it; elsewhere the article's author does (holder "author", id "author:" + the source). The
 * classifier reads the sentence around the mention, or the quote's own text when the quote is shorter; in a
 * sentence that names very many parties, only the words near the mention.
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
        List<Quote> withObject = new ArrayList<>(); // words between the cue and the content: "warned the United States against ..."
        for (Quote q : quotes) {
            quoteById.put(q.id(), q);
            if (q.speakerMention() != null) speakerSpans.add(q.speakerMention());
            if (objectOf(q) != null) withObject.add(q);
        }
        speakerSpans.sort(java.util.Comparator.comparingInt(Span::start));
        withObject.sort(java.util.Comparator.comparingInt(q -> q.cue().end()));
        List<Stance> out = new ArrayList<>(mentions.size());
        int[] mentionsIn = mentionsPerSentence(sentences, mentions);
        int s = 0;
        for (PartyMention m : mentions) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= m.span().start()) s++;
            Span context = sentences.isEmpty() ? new Span(0, normalized.length()) : sentences.get(s).span();
            Quote q = m.quoteId() == null ? null : quoteById.get(m.quoteId());
            String quoteId = m.quoteId();
            if (q == null) {
                // "Khamenei warned the United States against ...", "urged Iran to ...": whom the speaker addresses or
                // warns stands between the cue and what was said; the speaker's stance toward it, not the author's
                q = enclosing(withObject, StanceAnnotator::objectOf, m.span());
                if (q != null) quoteId = q.id();
            }
            if (q != null && q.content().length() < context.length() && q.content().contains(m.span())) context = q.content();
            if (!context.contains(m.span())) context = new Span(Math.min(context.start(), m.span().start()), Math.max(context.end(), m.span().end()));
            if (!sentences.isEmpty() && mentionsIn[s] > MAX_MENTIONS_READ_WHOLE) context = near(normalized, context, m.span());
            StanceClassifier.Decision d;
            Span speaker = q == null ? enclosing(speakerSpans, x -> x, m.span()) : null;
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
            out.add(new Stance(quoteId, holder, holderId, m.party(), m.span(), d.label(), d.score(), d.evidence()));
        }
        return out;
    }

    /**
     * A sentence that names more parties than this is a list or text without sentence breaks, not one statement
     * about each of them (a scraped menu of countries names some 190): each of its mentions is read in the words
     * near it. Reading the whole sentence for every mention made such a sentence quadratic in its length; the
     * sentences of news name at most some thirty.
     */
    private static final int MAX_MENTIONS_READ_WHOLE = 50;
    /** How far on each side of a mention in such a sentence the classifier reads. */
    private static final int NEAR_CHARS = 200;

    /** How many of the mentions (in text order) lie in each sentence, as the annotation loop assigns them. */
    private static int[] mentionsPerSentence(List<Sentence> sentences, List<PartyMention> mentions) {
        int[] counts = new int[sentences.size()];
        int s = 0;
        for (PartyMention m : mentions) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= m.span().start()) s++;
            if (s < counts.length) counts[s]++;
        }
        return counts;
    }

    /** The words of {@code context} within {@link #NEAR_CHARS} of the mention, cut at spaces so that no word is read in part. */
    private static Span near(String text, Span context, Span mention) {
        int start = Math.max(context.start(), mention.start() - NEAR_CHARS);
        int end = Math.min(context.end(), mention.end() + NEAR_CHARS);
        while (start > context.start() && start < mention.start() && !Character.isWhitespace(text.charAt(start - 1))) start++;
        while (end < context.end() && end > mention.end() && !Character.isWhitespace(text.charAt(end))) end--;
        return new Span(start, end);
    }

    /** Longer, and the words between the cue and the content are no object but a clause of their own. */
    private static final int MAX_OBJECT_CHARS = 80;

    /** The words between the quote's cue and its content, or null when there are none or too many. */
    private static Span objectOf(Quote q) {
        if (q.cue() == null || q.cue().end() >= q.content().start() || q.content().start() - q.cue().end() > MAX_OBJECT_CHARS) return null;
        return new Span(q.cue().end(), q.content().start());
    }

    /** The span of the sorted list that holds the span, if any; the spans are sorted by start and do not nest. */
    private static <T> T enclosing(List<T> sorted, java.util.function.Function<T, Span> spanOf, Span span) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) { // the last one that starts at or before the span
            int mid = (lo + hi) >>> 1;
            if (spanOf.apply(sorted.get(mid)).start() <= span.start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = found; k >= 0 && k > found - 3; k--) if (spanOf.apply(sorted.get(k)).contains(span)) return sorted.get(k);
        return null;
    }
}
