package quotestance.parties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Analysis;
import quotestance.model.Article;
import quotestance.model.PartyMention;
import quotestance.pipeline.ArticleAnalyzer;

class PartyMatcherTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    private List<String> found(String text) {
        return analyzer.analyze(Article.of("p", text)).partyMentions().stream()
                .map(m -> m.party() + "=" + m.span().of(text)).toList();
    }

    @Test
    void statesByNameDemonymCapitalAndGovernment() {
        assertEquals(List.of("Iran=Iran", "Iraq=Iraq", "Iran=Tehran", "United States=Washington", "United States=American",
                        "Syria=Assad regime", "United States=Trump administration", "Russia=Kremlin", "United Kingdom=Downing Street"),
                found("Iran and Iraq met while Tehran waited and Washington watched. American pressure grew on the Assad regime, "
                        + "the Trump administration said; the Kremlin and Downing Street kept quiet."));
    }

    @Test
    void organisationsAndGroupsLongestFirst() {
        assertEquals(List.of("United Nations=UN Security Council", "NATO=NATO", "European Union=EU",
                        "International Atomic Energy Agency=IAEA", "Hezbollah=Hezbollah", "Islamic State=Islamic State",
                        "Houthis=Houthis"),
                found("The UN Security Council, NATO and the EU asked the IAEA to report. Hezbollah, Islamic State and the Houthis did not."));
    }

    @Test
    void possessivesAndPluralsMapToTheParty() {
        assertEquals(List.of("Iran=Iran", "United States=Americans", "Iraq=Iraqis", "Israel=Israelis"),
                found("Iran's envoy said Americans, Iraqis and Israelis were invited."));
    }

    @Test
    void namesThatAreAlsoPeoplesOrPlacesOrThings() {
        assertEquals(List.of(), found("Michael Jordan met Chad Smith in Atlanta, Georgia, over turkey served on fine china."));
        assertEquals(List.of(), found("The Washington Post reported on Latin America."));
        assertEquals(List.of("Jordan=Jordan", "Chad=Chad", "Turkey=Turkey", "China=China", "Georgia=Georgia"),
                found("Jordan, Chad and Turkey signed; China and Georgia abstained."));
    }

    @Test
    void mentionsInsideAQuoteCarryItsId() {
        String text = "\"We will never bow to American pressure,\" said Defense Minister Ali Ayyoub. Syria's allies agreed.";
        Analysis a = analyzer.analyze(Article.of("p", text));
        PartyMention inQuote = a.partyMentions().get(0);
        assertEquals("United States", inQuote.party());
        assertNotNull(inQuote.quoteId());
        assertEquals(a.quotes().get(0).id(), inQuote.quoteId());
        PartyMention outside = a.partyMentions().get(1);
        assertEquals("Syria", outside.party());
        assertNull(outside.quoteId());
    }

    @Test
    void theDefaultGazetteerHoldsEveryUnMemberAndObserver() {
        long states = PartyGazetteer.defaults().parties().stream().filter(p -> p.type().equals("state")).count();
        assertTrue(states >= 195, "states: " + states);
        assertTrue(PartyGazetteer.defaults().parties().stream().anyMatch(p -> p.name().equals("Holy See")));
    }
}
