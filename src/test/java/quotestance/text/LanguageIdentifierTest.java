package quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.Language;
import quotestance.pipeline.ArticleAnalyzer;

/** Short news-like texts written for this test, one per language the job meets most. */
class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "eng|The harbour authority said on Thursday that two ferries would stay in port until the storm passes.",
            "fra|Le maire a annoncé jeudi que les deux écoles du quartier resteront fermées jusqu'à la fin des travaux.",
            "spa|El alcalde anunció el jueves que las dos escuelas del barrio seguirán cerradas hasta que terminen las obras.",
            "ara|أعلن رئيس البلدية يوم الخميس أن المدرستين في الحي ستبقيان مغلقتين حتى انتهاء أعمال الصيانة.",
            "rus|Мэр города объявил в четверг, что обе школы района останутся закрытыми до окончания ремонта.",
            "deu|Der Bürgermeister kündigte am Donnerstag an, dass beide Schulen im Viertel bis zum Ende der Bauarbeiten geschlossen bleiben."})
    void tellsTheLanguageOfAShortNewsSentence(String code, String text) {
        Language l = identifier.identify(text);
        assertEquals(code, l.code(), text);
        assertTrue(l.confidence() > 0.5 && l.confidence() <= 1.0, "confidence " + l.confidence());
    }

    @Test
    void claimsNoLanguageForTextsWithoutEnoughLetters() {
        assertEquals(Language.UNDETERMINED, identifier.identify("OK 2024").code());
        assertEquals(Language.UNDETERMINED, identifier.identify("12 345 678 — ++ ??").code());
        assertEquals(Language.UNDETERMINED, identifier.identify("").code());
    }

    @Test
    void aTextTooShortToTellIsUndeterminedAndStillGetsTheEnglishRules() {
        Analysis a = new ArticleAnalyzer().analyze(Article.of("short", "\"No,\" Ruiz said."));
        assertEquals(Language.UNDETERMINED, a.language().code());
        assertEquals(1, a.quotes().size(), "a brief of a few words is most likely English news, like the rest");
        assertEquals("Ruiz", a.quotes().get(0).speaker());
    }

    @Test
    void readsOnlyTheStartOfALongText() {
        String english = "The council voted on the budget after a long debate about the new bridge. ";
        String french = "Le conseil a voté le budget après un long débat sur le nouveau pont. ";
        assertEquals("eng", identifier.identify(english.repeat(40) + french.repeat(2000)).code());
    }

    @Test
    void nonEnglishArticlesGetSentencesButNoEnglishAnalysis() {
        String text = "« Nous ne céderons pas », a déclaré le ministre Paul Martin. Il a ajouté que les États-Unis avaient tort.\n\n"
                + "Le gouvernement a répondu mardi.";
        Analysis a = new ArticleAnalyzer().analyze(Article.of("fr-1", text));
        assertEquals("fra", a.language().code());
        assertTrue(a.sentences().size() >= 2, "sentences " + a.sentences());
        assertTrue(a.quotes().isEmpty() && a.speakers().isEmpty() && a.partyMentions().isEmpty() && a.stances().isEmpty());
    }

    @Test
    void englishArticlesGetTheFullAnalysis() {
        Analysis a = new ArticleAnalyzer().analyze(Article.of("en-1",
                "\"We will not give in,\" Foreign Minister Paul Martin said on Tuesday. He added that Washington was wrong."));
        assertEquals("eng", a.language().code());
        assertEquals(2, a.quotes().size());
    }
}
