package quotestance.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import quotestance.model.OffsetMap;
import quotestance.parties.PartyGazetteer;
import quotestance.pipeline.ArticleAnalyzer;
import quotestance.speakers.RankedQuote;
import quotestance.speakers.SpeakerRanker;
import quotestance.speakers.SpeakerRankerTrainer;

/**
 * The speaker ranker's training examples from an annotated set whose speakers are resolved names: the analyzer
 * runs with the rule steps alone, and each quote the ranker would judge that matches a gold quote (cov30) with a
 * speaker becomes an example, its candidates labelled right when their name is the gold speaker's by
 * {@code score.py}'s name matching. Only names, kinds and features leave the article: no text.
 */
public final class SpeakerExamples {
    /** One example, with the fold of its article and the kind of its mention. */
    public record Labeled(String set, int fold, String kind, SpeakerRankerTrainer.Example example) {
    }

    private SpeakerExamples() {
    }

    public static List<Labeled> of(GoldSet set, IntPredicate folds) {
        List<Labeled> out = new ArrayList<>();
        if (!set.speakersResolved()) return out;
        ArticleAnalyzer analyzer = new ArticleAnalyzer(PartyGazetteer.defaults(), SpeakerRanker.NONE);
        for (GoldSet.Item item : set.items()) {
            if (!folds.test(item.fold())) continue;
            List<RankedQuote> ranked = new ArrayList<>();
            analyzer.analyze(item.article(), ranked::add);
            OffsetMap o = OffsetMap.of(item.article().text());
            for (RankedQuote r : ranked) {
                QuoteScorer.Gold g = bestGold(item.gold().quotes(), o.toCodePoint(r.content().start()), o.toCodePoint(r.content().end()));
                if (g == null || g.speaker() == null || g.speaker().isEmpty()) continue;
                List<List<String>> features = new ArrayList<>();
                List<Boolean> right = new ArrayList<>();
                int ruleChoice = -1;
                for (RankedQuote.Candidate c : r.candidates()) {
                    if (c.ruleChoice()) ruleChoice = features.size();
                    features.add(c.features());
                    right.add(NameMatch.samePerson(g.speaker(), c.name()));
                }
                out.add(new Labeled(set.name(), item.fold(), r.kind(), new SpeakerRankerTrainer.Example(features, r.noneFeatures(), right, ruleChoice)));
            }
        }
        return out;
    }

    /** The gold quote this span covers best, if it covers at least 30% of it (the cov30 of the scorer). */
    private static QuoteScorer.Gold bestGold(List<QuoteScorer.Gold> gold, int start, int end) {
        QuoteScorer.Gold best = null;
        double bestCov = 0.3;
        for (QuoteScorer.Gold g : gold) {
            int n = g.end() - g.start();
            if (n <= 0) continue;
            double cov = Math.max(0, Math.min(end, g.end()) - Math.max(start, g.start())) / (double) n;
            if (cov >= bestCov) {
                best = g;
                bestCov = cov;
            }
        }
        return best;
    }
}
