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
        for (Quote q : quotes) quoteById.put(q.id(), q);
        List<Stance> out = new ArrayList<>(mentions.size());
        int s = 0;
        for (PartyMention m : mentions) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= m.span().start()) s++;
            Span context = sentences.isEmpty() ? new Span(0, normalized.length()) : sentences.get(s).span();
            Quote q = m.quoteId() == null ? null : quoteById.get(m.quoteId());
            if (q != null && q.content().length() < context.length() && q.content().contains(m.span())) context = q.content();
            if (!context.contains(m.span())) context = new Span(Math.min(context.start(), m.span().start()), Math.max(context.end(), m.span().end()));
            String window = normalized.substring(context.start(), context.end());
            StanceClassifier.Decision d = classifier.classify(window, m.span().start() - context.start(), m.span().end() - context.start());
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
}
