package quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GoldSet}: folds from the file where it has them, from the id's hash (stable) where it has none. */
class GoldSetTest {
    @TempDir
    Path dir;

    @Test
    void foldsComeFromTheFileOrFromAStableHashOfTheId() throws Exception {
        Path f = dir.resolve("mine.jsonl");
        Files.writeString(f, "{\"id\":\"a1\",\"text\":\"Ann Lee said it rained.\",\"fold\":3,\"quotes\":[]}\n"
                + "{\"id\":\"b2\",\"text\":\"Bo Park said it snowed.\",\"quotes\":[{\"start\":13,\"end\":22,\"speaker\":\"Bo Park\"}]}\n");
        GoldSet s = GoldSet.read(f);
        assertEquals("mine", s.name());
        assertEquals(3, s.items().get(0).fold());
        assertEquals(GoldSet.hashFold("b2"), s.items().get(1).fold());
        assertEquals(GoldSet.hashFold("b2"), GoldSet.hashFold("b2"));
        assertTrue(s.items().get(1).fold() >= 0 && s.items().get(1).fold() < GoldSet.FOLDS);
        assertTrue(s.speakersResolved());
        Files.writeString(f, "{\"id\":\"c\",\"text\":\"x\",\"speakers_resolved\":false,\"quotes\":[]}\n");
        assertFalse(GoldSet.read(f).speakersResolved());
    }

    @Test
    void examplesLabelTheCandidatesByTheGoldSpeakersName() throws Exception {
        Path f = dir.resolve("two.jsonl");
        String text = "Ann Lee met Bo Park on Monday. \"We are done here,\" she said.";
        int s = text.indexOf("We are"), e = text.indexOf(",\" she");
        Files.writeString(f, "{\"id\":\"t\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"quotes\":[{\"start\":" + s
                + ",\"end\":" + e + ",\"speaker\":\"Ann Lee\"}]}\n");
        var examples = SpeakerExamples.of(GoldSet.read(f), fold -> true);
        assertEquals(1, examples.size());
        var ex = examples.get(0).example();
        assertEquals("pronoun", examples.get(0).kind());
        assertEquals(1, ex.right().stream().filter(b -> b).count(), ex.toString());
        assertTrue(ex.ruleRight());
    }
}
