package quotestance.speakers;

import java.util.List;

import quotestance.model.Span;

/**
 * One quote the speaker ranker judged, as training and evaluation read it: the quote's content, its mention's
 * kind and the rule step that resolved it first, and every candidate with its final name in the article, whether the rule step chose it, whether it was
 * chosen in the end, and its features; and the features of the option that none of them spoke.
 */
public record RankedQuote(Span content, String kind, String ruleStep, List<Candidate> candidates, List<String> noneFeatures) {
    public record Candidate(String name, boolean ruleChoice, boolean chosen, List<String> features) {
    }
}
