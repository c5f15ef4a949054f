package quotestance.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import quotestance.speakers.SpeakerRanker;
import quotestance.speakers.SpeakerRankerTrainer;

/**
 * Chooses the speaker ranker's penalty by cross-validation inside the examples it is given (by their folds), so
 * that a ranker scored on a fold never had its penalty chosen by looking at that fold: each penalty of a fixed
 * grid is fitted on all folds but one and judged on that one by how often the best candidate is right.
 */
public final class RankerTuning {
    /** The penalties tried, weakest first; a tie keeps the stronger penalty. */
    static final double[] L2_GRID = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2};

    private RankerTuning() {
    }

    public static SpeakerRankerTrainer.Options choose(List<SpeakerExamples.Labeled> examples, SpeakerRankerTrainer.Options base) {
        Set<Integer> folds = new TreeSet<>();
        for (SpeakerExamples.Labeled e : examples) folds.add(e.fold());
        if (folds.size() < 2) return base;
        double bestScore = -1;
        SpeakerRankerTrainer.Options best = base;
        for (double l2 : L2_GRID) {
            SpeakerRankerTrainer.Options o = new SpeakerRankerTrainer.Options(l2, base.rounds(), base.step());
            long right = 0;
            for (int fold : folds) {
                SpeakerRanker r = SpeakerRankerTrainer.fit(examples.stream().filter(e -> e.fold() != fold)
                        .map(SpeakerExamples.Labeled::example).toList(), o);
                for (SpeakerExamples.Labeled e : examples) if (e.fold() == fold && chosenRight(r, e.example())) right++;
            }
            double score = right / (double) examples.size();
            if (score >= bestScore) {
                bestScore = score;
                best = o;
            }
        }
        return best;
    }

    static boolean chosenRight(SpeakerRanker r, SpeakerRankerTrainer.Example e) {
        return e.right().get(r.choose(e.candidates(), e.none()).index());
    }
}
