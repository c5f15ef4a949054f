package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link SalientPersonStep}: a quote with no cue and no speaker nearby goes to the person the story is about. */
class SalientPersonStepTest {
    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aQuotationWithNoSpeakerBeforeItGoesToTheSubjectOfTheStory() {
        harness.expect("Mayor Lena Holt opened the new library on Friday.\n\nThe building has three floors and a garden.\n\n"
                + "Children lined up at the door before noon.\n\n\"Every child deserves a quiet place to read.\"",
                "Every child deserves", "Lena Holt", ResolutionStep.SALIENT_PERSON, "direct:floating+salient-person", 0.7);
    }

    @Test
    void anInstitutionIsNoSalientPerson() {
        harness.expect("The Northern Rail Safety Board opened an inquiry on Friday.\n\n"
                + "\"Every car will be checked before the line reopens.\"", "Every car will be checked", null,
                ResolutionStep.UNRESOLVED, "direct:floating+unresolved");
    }
}
