package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** {@link SpeakerRankerTrainer} and the weights file of {@link SpeakerRanker}, on invented feature sets. */
class SpeakerRankerTrainerTest {
    /** Quotes where the right candidate is the one marked "near", whatever else it carries. */
    private static List<SpeakerRankerTrainer.Example> nearIsRight(int n) {
        List<SpeakerRankerTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean ruleRight = i % 3 == 0;
            List<List<String>> c = List.of(List.of("choice", ruleRight ? "near" : "far", "noise=" + (i % 5)),
                    List.of(ruleRight ? "far" : "near", "noise=" + ((i + 2) % 5)), List.of("far", "noise=" + ((i + 1) % 5)));
            out.add(new SpeakerRankerTrainer.Example(c, List.of("none"), List.of(ruleRight, !ruleRight, false), 0));
        }
        return out;
    }

    @Test
    void learnsWhatMakesACandidateRight() {
        SpeakerRanker r = SpeakerRankerTrainer.fit(nearIsRight(60), SpeakerRankerTrainer.Options.DEFAULTS);
        assertTrue(r.weights().get("near") > r.weights().getOrDefault("far", 0.0) + 1, r.weights().toString());
        int right = 0;
        for (SpeakerRankerTrainer.Example e : nearIsRight(30)) if (e.right().get(r.choose(e.candidates(), e.none()).index())) right++;
        assertEquals(30, right);
    }

    @Test
    void theProbabilityIsAShareOfTheCandidatesAndTheNoneOption() {
        SpeakerRanker r = new SpeakerRanker(java.util.Map.of("a", 1.0), 0);
        SpeakerRanker.Choice c = r.choose(List.of(List.of("a"), List.of("b")), List.of("none"));
        assertEquals(0, c.index());
        assertEquals(Math.E / (Math.E + 2), c.probability(), 1e-9);
        assertEquals(1 / (Math.E + 2), r.judge(List.of(List.of("a"), List.of("b")), List.of("none"), 1).probability(), 1e-9);
    }

    @Test
    void theSameExamplesGiveTheSameWeightsAndTheFileReadsBackAsWritten() throws Exception {
        SpeakerRanker a = SpeakerRankerTrainer.fit(nearIsRight(40), SpeakerRankerTrainer.Options.DEFAULTS);
        SpeakerRanker b = SpeakerRankerTrainer.fit(nearIsRight(40), SpeakerRankerTrainer.Options.DEFAULTS);
        assertEquals(a.weights(), b.weights());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.write(out, "test ranker");
        SpeakerRanker back = SpeakerRanker.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
        assertEquals(a.weights().keySet(), back.weights().keySet());
        for (var e : a.weights().entrySet()) assertEquals(e.getValue(), back.weights().get(e.getKey()), 1e-6);
    }
}
