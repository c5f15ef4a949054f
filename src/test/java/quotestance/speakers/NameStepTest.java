package quotestance.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.Quote;
import quotestance.model.ResolutionStep;
import quotestance.model.Speaker;
import quotestance.model.SpeakerType;

/** {@link NameStep}: a mention with a name joins the entity of that name, keeping its fullest form. */
class NameStepTest {
    private static final String ATTRIBUTION = "reported:clause-after-cue+name";
    private static final String VARGA = "\"The bridge will open in May,\" said Transport Minister Ilse Varga.\n\n"
            + "Varga said the cost had doubled since the spring.";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aSurnameLaterJoinsTheFullNameAndTheRuleKeepsItsConfidence() {
        Quote first = harness.expect(VARGA, "The bridge will open", "Ilse Varga", ResolutionStep.NAME, "direct:cue-after-inverted+name");
        Quote later = harness.expect(VARGA, "the cost had doubled", "Ilse Varga", ResolutionStep.NAME, ATTRIBUTION, 1.0);
        assertEquals(first.speakerId(), later.speakerId());
        Speaker varga = harness.resolve(VARGA).resolution().speakers().get(0);
        assertEquals(List.of("Varga"), varga.aliases());
        assertEquals(2, varga.quoteCount());
    }

    @Test
    void anAcronymTakesTheNameItSpellsOutEarlier() {
        Quote q = harness.expect("The Northern Rail Safety Board opened an inquiry into the crash.\n\n"
                + "NRSB said the brakes had failed on the second car.", "the brakes had failed", "Northern Rail Safety Board",
                ResolutionStep.NAME, ATTRIBUTION);
        assertEquals(SpeakerType.ORGANIZATION, q.speakerType());
    }

    @Test
    void aGivenNameAfterAKinshipNounIsARelativeNotTheOneNamedBefore() {
        Quote q = harness.expect("Daniel Okafor won the race on Sunday. His father, Daniel, said the boy had trained for years.",
                "the boy had trained", "Daniel", ResolutionStep.NAME, ATTRIBUTION);
        assertNotEquals("person:daniel-okafor", q.speakerId());
    }
}
