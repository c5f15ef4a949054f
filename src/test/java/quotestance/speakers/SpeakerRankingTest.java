package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import quotestance.model.Quote;

/**
 * The resolver with the ranker the jar ships, on invented articles: the speaker a reader would name in the cases
 * the learned step decides or must leave to the rules; and, with a ranker made to distrust the rules, that it
 * chooses only among candidates that agree with the mention.
 */
class SpeakerRankingTest {
    private final ResolverHarness harness = new ResolverHarness(SpeakerRanker.shipped());

    @Test
    void theJarShipsARanker() {
        assertTrue(SpeakerRanker.shipped().active(), "data/models/speakers.tsv.gz is in the jar");
    }

    @Test
    void aPronounAfterTwoPeopleOfDifferentGenderIsTheOneOfItsGender() {
        ResolverHarness.Outcome o = harness.resolve("Maria Lund met Peter Hale at the ministry on Monday. "
                + "\"We will not sign this,\" she said.\n\nOfficials said the meeting lasted an hour.");
        Quote q = o.quote("We will not sign this");
        assertEquals("Maria Lund", q.speaker(), o.describe());
        ResolverHarness.Outcome his = harness.resolve("Maria Lund met Peter Hale at the ministry on Monday. "
                + "\"We will not sign this,\" he said.");
        assertEquals("Peter Hale", his.quote("We will not sign this").speaker(), his.describe());
    }

    @Test
    void aFloatingQuoteAfterAChangeOfSpeakerIsTheNewSpeakers() {
        ResolverHarness.Outcome o = harness.resolve("\"The plan is dead,\" said Peter Hale, the mayor.\n\n"
                + "Maria Lund, who chairs the council, disagreed. \"We can still save it,\" Lund said. "
                + "\"Nothing is lost yet, and the money is there.\"");
        assertEquals("Maria Lund", o.quote("Nothing is lost yet").speaker(), o.describe());
        assertEquals("Peter Hale", o.quote("The plan is dead").speaker(), o.describe());
    }

    @Test
    void aDescriptionNamesTheEarlierHolderOfItsTitle() {
        ResolverHarness.Outcome o = harness.resolve("Defense Minister Omar Kessler visited the northern base on "
                + "Sunday with two generals. \"Our forces are ready for anything,\" the minister said.");
        assertEquals("Omar Kessler", o.quote("Our forces are ready").speaker(), o.describe());
    }

    @Test
    void anAppositionGivesTheNameNotTheDescription() {
        ResolverHarness.Outcome o = harness.resolve("Norland's president, Edvard Mork, said the talks would resume in May.");
        assertEquals("Edvard Mork", o.quote("the talks would resume").speaker(), o.describe());
    }

    @Test
    void anIndefiniteDescriptionStaysSomeoneNew() {
        ResolverHarness.Outcome o = harness.resolve("The crossing will reopen next week, spokesman Karl Brandt said on "
                + "Sunday.\n\nA senior Western diplomat said the talks were close to a deal.");
        assertEquals("A senior Western diplomat", o.quote("the talks were close").speaker(), o.describe());
    }

    @Test
    void aTitleNoOneNamedHoldsIsNotGivenToThemByTheRanker() {
        ResolverHarness.Outcome o = harness.resolve("Foreign Minister Dara Velez said the sanctions would hurt. "
                + "The senator said the loans were a paperwork error.");
        assertNotEquals("Dara Velez", o.quote("the loans were").speaker(), o.describe());
    }

    @Test
    void theConfidenceOfARankedSpeakerIsTheRankersProbability() {
        ResolverHarness.Read read = harness.read("a", "Maria Lund met Peter Hale on Monday. \"We will not sign this,\" she said.");
        Quote q = harness.resolve(read).quote("We will not sign this");
        double quoteFactor = ResolverHarness.candidate(read, q).confidence();
        assertTrue(q.confidence() > 0 && q.confidence() < quoteFactor, "a probability below one times the finding rule's: " + q);
    }

    @Test
    void aRankerThatDistrustsTheRuleChoosesAnotherCandidateThatAgreesWithThePronoun() {
        SpeakerRanker contrary = new SpeakerRanker(java.util.Map.of("choice|pronoun", -5.0), 0);
        ResolverHarness h = new ResolverHarness(contrary);
        ResolverHarness.Outcome o = h.resolve("Anna Berg met Maria Lund and Peter Hale on Monday. Maria Lund spoke first. "
                + "\"We will not sign this,\" she said.");
        Quote q = o.quote("We will not sign this");
        assertTrue(q.attribution().endsWith("+ranker"), o.describe());
        assertNotEquals("Peter Hale", q.speaker(), "a man is no 'she'" + o.describe());
        ResolverHarness.Outcome rules = new ResolverHarness().resolve("Anna Berg met Maria Lund and Peter Hale on Monday. "
                + "Maria Lund spoke first. \"We will not sign this,\" she said.");
        assertNotEquals(rules.quote("We will not sign this").speaker(), q.speaker(), rules.describe() + o.describe());
    }
}
