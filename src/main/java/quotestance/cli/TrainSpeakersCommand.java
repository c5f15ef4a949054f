package quotestance.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import quotestance.UserError;
import quotestance.eval.GoldSet;
import quotestance.eval.RankerTuning;
import quotestance.eval.SpeakerExamples;
import quotestance.speakers.SpeakerRanker;
import quotestance.speakers.SpeakerRankerTrainer;

@Command(name = "train-speakers", mixinStandardHelpOptions = true,
        description = "Train the speaker ranker on annotated quote sets whose speakers are resolved names (format 1) and"
                + " write its weights (feature names and numbers, no text). Deterministic: the same sets give the same file.")
final class TrainSpeakersCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Annotated quote sets; sets whose speakers are mentions as written are skipped.")
    List<Path> gold;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the weights (.tsv.gz).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<SpeakerExamples.Labeled> examples = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Path g : gold) {
            if (!Files.isReadable(g)) throw new UserError("cannot read " + g);
            GoldSet set = GoldSet.read(g);
            List<SpeakerExamples.Labeled> mine = SpeakerExamples.of(set, f -> true);
            System.out.printf(Locale.ROOT, "%s: %d articles, %d ranked quotes with a gold speaker%s%n", set.name(), set.items().size(),
                    mine.size(), set.speakersResolved() ? "" : " (speakers are mentions as written: skipped)");
            if (!mine.isEmpty()) used.add(set.name() + " (" + mine.size() + ")");
            examples.addAll(mine);
        }
        if (examples.isEmpty()) throw new UserError("no set has resolved speakers to train on");
        SpeakerRankerTrainer.Options o = RankerTuning.choose(examples, SpeakerRankerTrainer.Options.DEFAULTS);
        SpeakerRanker ranker = SpeakerRankerTrainer.fit(examples.stream().map(SpeakerExamples.Labeled::example).toList(), o);
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            ranker.write(os, String.format(Locale.ROOT, "quotestance speaker ranker: a conditional logit over candidate features%n"
                    + "trained by jobs/train-speakers.sh on %s%nl2 %s, rounds %d, step %s", String.join(", ", used), o.l2(), o.rounds(), o.step()));
        }
        System.out.printf(Locale.ROOT, "%d weights written to %s%n", ranker.weights().size(), out);
        return 0;
    }
}
