package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.ResolutionStep;

/**
 * The ranker's place among the resolution steps: after the rule step of a pronoun, a description or a missing
 * mention has made its choice, the ranker scores that choice and the other candidates; the best one speaks. A
 * different choice is labelled {@link ResolutionStep#RANKER}; the same one keeps its rule step's label. Names
 * stay with the rules: a name next to the cue is the most precise reading there is.
 */
final class SpeakerRanking {
    /** Determiners that bring someone new ("a", "another", "one"): speakers/indefinite-determiners. */
    private static final java.util.Set<String> INDEFINITE = quotestance.lexicon.WordLists.load("speakers/indefinite-determiners");
    private final SpeakerRanker ranker;

    SpeakerRanking(SpeakerRanker ranker) {
        this.ranker = ranker;
    }

    /** What one call judged, kept with its entities until the article is read (their names still grow). */
    static final class Record {
        final QuoteCandidate quote;
        final List<Entity> candidates;
        final List<List<String>> features;
        final List<String> none;
        final Entity ruleChoice;
        final String ruleStep;
        final String kind;
        Entity chosen;

        Record(QuoteCandidate quote, List<Entity> candidates, List<List<String>> features, List<String> none, Entity ruleChoice,
               String ruleStep) {
            this.quote = quote;
            this.none = none;
            this.ruleStep = ruleStep;
            this.kind = CandidateFeatures.kindOf(quote.mention(), ResolutionStep.ofLabel(ruleStep));
            this.candidates = candidates;
            this.features = features;
            this.ruleChoice = ruleChoice;
        }

        RankedQuote toRanked() {
            List<RankedQuote.Candidate> out = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Entity e = candidates.get(i);
                out.add(new RankedQuote.Candidate(e.name, e == ruleChoice, e == chosen, features.get(i)));
            }
            return new RankedQuote(quote.content(), kind, ruleStep, out, none);
        }
    }

    /**
     * Whether the ranker may choose another speaker than the rule step: for a pronoun, a description no named
     * entity holds, or no mention. A name, or a description a named entity holds as its title, is as precise
     * as the rules get: there the ranker only judges the rule's choice (its probability is the confidence).
     */
    static boolean mayChoose(QuoteCandidate quote, Resolved rule, String text) {
        Mention m = quote.mention();
        if (m == null) return rule.step() != ResolutionStep.CONTINUED;
        if (m.kind() == Mention.Kind.PRONOUN) return true;
        // an indefinite description ("a senior diplomat", "another official") brings someone new: the rule's reading
        return m.kind() == Mention.Kind.DESCRIPTION && rule.step() != ResolutionStep.TITLE && !indefinite(m, text);
    }

    private static boolean indefinite(Mention m, String text) {
        String written = m.span().of(text).strip();
        int space = written.indexOf(' ');
        return INDEFINITE.contains((space < 0 ? written : written.substring(0, space)).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the ranker judges the quote at all: where it may choose, and where the rules chose a speaker by name. */
    static boolean judges(QuoteCandidate quote, Resolved rule, String text) {
        return mayChoose(quote, rule, text) || rule.speaker() != null && rule.step() != ResolutionStep.CONTINUED && !rule.carriedBack();
    }

    /** The ranker's result for a quote the rule step resolved as {@code rule}; recorded in {@code records} when given. */
    Resolved rerank(QuoteCandidate quote, int at, ArticleEntities article, Resolved rule, List<Record> records) {
        if (!judges(quote, rule, article.text()) || (!ranker.active() && records == null)) return rule;
        Entity choice = rule.speaker();
        List<Entity> candidates = SpeakerCandidates.of(choice, at, article, quote.mention());
        if (candidates.isEmpty()) return rule;
        String kind = CandidateFeatures.kindOf(quote.mention(), rule.step());
        List<List<String>> features = new ArrayList<>(candidates.size());
        for (Entity c : candidates) {
            features.add(CandidateFeatures.of(quote, quote.mention(), kind, c, choice, rule.step().label(), at, article, candidates));
        }
        List<String> none = CandidateFeatures.noneOf(quote, kind, rule.step().label(), choice != null, candidates.size());
        Record rec = records == null ? null : new Record(quote, candidates, features, none, choice, rule.step().label());
        if (rec != null) records.add(rec);
        if (!ranker.active()) {
            if (rec != null) rec.chosen = choice;
            return rule;
        }
        SpeakerRanker.Choice pick = mayChoose(quote, rule, article.text()) ? ranker.choose(features, none) : ranker.judge(features, none, 0);
        Entity who = candidates.get(pick.index());
        if (rec != null) rec.chosen = who;
        return rule.rankedAs(who == choice ? rule.step() : ResolutionStep.RANKER, who, pick.probability());
    }

    /** Hands the call's records to the sink once the article is read, with the entities' final names. */
    static void report(List<Record> records, Consumer<RankedQuote> sink) {
        if (sink == null) return;
        for (Record r : records) sink.accept(r.toRanked());
    }
}
