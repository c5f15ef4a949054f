package quotestance.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import quotestance.UserError;
import quotestance.model.Article;
import quotestance.pipeline.ArticleAnalyzer;

class PartyGazetteerTest {
    @TempDir
    Path dir;

    private List<String> found(PartyGazetteer g, String text) {
        return new ArticleAnalyzer(g).analyze(Article.of("p", text)).partyMentions().stream()
                .map(m -> m.party() + "=" + m.span().of(text)).toList();
    }

    @Test
    void userPartiesAddToAndOverrideTheDefaultsInTsvCsvAndJson() throws Exception {
        Path tsv = Files.writeString(dir.resolve("extra.tsv"), "canonical\ttype\taliases\n# a comment\n"
                + "Northern Alliance\tgroup\tthe Alliance of the North|NA fighters\n"
                + "Syria\tstate\tSyria|Damascus|the Syrian state\n");
        PartyGazetteer g = PartyGazetteer.withOverrides(tsv);
        assertEquals(List.of("Northern Alliance=the Alliance of the North", "Syria=the Syrian state", "Russia=Moscow"),
                found(g, "the Alliance of the North attacked; the Syrian state and Moscow replied; Syrian officials did not."));

        Path csv = Files.writeString(dir.resolve("extra.csv"), "Blue Coalition,organization,Blue Bloc|the Blues\n");
        assertEquals(List.of("Blue Coalition=Blue Bloc"), found(PartyGazetteer.withOverrides(csv), "Blue Bloc spoke."));

        Path json = Files.writeString(dir.resolve("extra.json"),
                "[{\"name\": \"Red Front\", \"type\": \"group\", \"aliases\": [\"the Reds\"]}]");
        assertEquals(List.of("Red Front=the Reds"), found(PartyGazetteer.withOverrides(json), "Then the Reds spoke."));
    }

    @Test
    void aBadLineIsReportedWithItsNumber() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Fine Party\tgroup\tFP\nOdd Party\tclub\tOP\n");
        UserError e = assertThrows(UserError.class, () -> PartyGazetteer.withOverrides(bad));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'club'"), e.getMessage());
        Path badJson = Files.writeString(dir.resolve("bad.jsonl"), "{\"name\": \"A\"}\n{\"type\": \"state\"}\n");
        UserError j = assertThrows(UserError.class, () -> PartyGazetteer.withOverrides(badJson));
        assertTrue(j.getMessage().contains("line 2"), j.getMessage());
    }
}
