package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import quotestance.model.Article;
import quotestance.model.MentionRule;
import quotestance.model.Quote;
import quotestance.pipeline.ArticleAnalyzer;

/** Each family of mention rules, through the whole analysis: the quote's mention_rule names the rule that read its speaker. */
class MentionRulesInQuotesTest {
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

    /** The only quote of {@code text}, whose speaker mention reads {@code mention}. */
    private Quote quote(String text, String mention) {
        var quotes = analyzer.analyze(Article.of("mention-rules", text)).quotes();
        assertEquals(1, quotes.size(), "one quote in: " + text);
        Quote q = quotes.get(0);
        assertEquals(mention, q.speakerMention().of(text), "the mention of " + q);
        return q;
    }

    private void assertRule(MentionRule rule, String text, String mention) {
        assertEquals(rule, quote(text, mention).mentionRule(), text);
    }

    @Test
    void knowingPhrase() {
        assertRule(MentionRule.KNOWING_PHRASE, "Two officials familiar with the negotiations told the paper that the deal was close.",
                "Two officials familiar with the negotiations");
    }

    @Test
    void relativeClauses() {
        assertRule(MentionRule.RELATIVE_ANTECEDENT, "Lorna Petrak, who said the dam was safe, left early.", "who");
        assertRule(MentionRule.RESTRICTIVE_RELATIVE, "An inspector with the agency who was at the plant told reporters the valve had failed.",
                "An inspector with the agency");
    }

    @Test
    void pronoun() {
        Quote q = quote("Coach Rita Vance spoke after the game. She said the team would recover.", "She");
        assertEquals(MentionRule.PRONOUN, q.mentionRule());
        assertEquals("Rita Vance", q.speaker());
    }

    @Test
    void countedSpeakers() {
        assertRule(MentionRule.QUANTIFIER, "Some argued that the fee was too high.", "Some");
        assertRule(MentionRule.THOSE_PARTICIPLE, "All those questioned said the bus was late.", "All those questioned");
        assertRule(MentionRule.SHARE, "Forty percent of the nurses said they would strike.", "Forty percent of the nurses");
    }

    @Test
    void agedDescription() {
        Quote q = quote("The Falcons signed Dario Pell on Friday. The 31-year-old goalkeeper said he was ready for the season.",
                "The 31-year-old goalkeeper");
        assertEquals(MentionRule.AGED_DESCRIPTION, q.mentionRule());
        assertEquals("Dario Pell", q.speaker());
    }

    @Test
    void asideAndApposition() {
        assertRule(MentionRule.ASIDE, "A nurse, speaking on condition of anonymity, said the ward was full.", "A nurse");
        assertRule(MentionRule.APPOSITION, "Hana Ruml, a nurse at the clinic, said the ward was full.", "Hana Ruml");
    }

    @Test
    void nounPhrase() {
        assertRule(MentionRule.NOUN_PHRASE, "Brig. Gen. Tomas Ekdahl said the drill went well.", "Brig. Gen. Tomas Ekdahl");
        assertRule(MentionRule.PERSON_AT_WORKPLACE, "Petra Lund at the University of Oslo says the ice is thinning.", "Petra Lund");
    }

    @Test
    void groupsAndDescriptions() {
        assertRule(MentionRule.PLURAL_GROUP, "Local growers say the frost came early.", "Local growers");
        assertRule(MentionRule.DEFINITE_DESCRIPTION, "The lighthouse keeper said the fog was thick.", "The lighthouse keeper");
    }

    @Test
    void roleHolders() {
        assertRule(MentionRule.ROLE_HOLDER_OF_INSTITUTION, "The deputy chairman of the Harbour Authority said the pier would close.",
                "The deputy chairman of the Harbour Authority");
        assertRule(MentionRule.ROLE_HOLDER_OF_PHRASE, "A spokeswoman for the buyer said the offer stood.", "A spokeswoman for the buyer");
    }

    @Test
    void places() {
        assertRule(MentionRule.PERSON_OF_PLACE, "Rep. Ana Ferro of Nevada said the bill would pass.", "Rep. Ana Ferro of Nevada");
        assertRule(MentionRule.SPEAKER_AT_PLACE, "Officials in Lisbon say the strike is over.", "Officials in Lisbon");
    }

    @Test
    void afterTheCue() {
        assertRule(MentionRule.NOUN_PHRASE, "\"The road is open,\" said Interior Minister Karl Ostrow.", "Interior Minister Karl Ostrow");
        assertRule(MentionRule.DESCRIBED_NAME, "\"Milk prices are too low,\" said dairy farmer Ruth Kell.", "dairy farmer Ruth Kell");
    }

    @Test
    void theQuoteFindersOwn() {
        assertRule(MentionRule.SOURCE_PHRASE, "According to police, the road was closed.", "police");
        assertRule(MentionRule.DOCUMENT_OWNER, "According to the union's weekly statement, the strike will go on.", "the union");
        assertRule(MentionRule.DESCRIBED_SUBJECT, "A retired welder joined the protest, saying the beams were cracked.", "A retired welder");
    }
}
