package quotestance.speakers;

import org.junit.jupiter.api.Test;

import quotestance.model.ResolutionStep;

/** {@link TitleStep}: a description that a named entity of the article holds goes to that entity. */
class TitleStepTest {
    private static final String ATTRIBUTION = "reported:clause-after-cue+title";

    private final ResolverHarness harness = new ResolverHarness();

    @Test
    void aTitleAloneIsThePersonWhoLastHeldIt() {
        harness.expect("Finance Minister Pavel Dusek presented the budget on Monday.\n\n"
                + "The finance minister said the deficit would shrink next year.", "the deficit would shrink", "Pavel Dusek",
                ResolutionStep.TITLE, ATTRIBUTION, 0.9);
    }

    @Test
    void theCompanyIsTheInstitutionNamedLast() {
        harness.expect("Orrin Freight cut four hundred jobs last month. The company said demand had fallen.",
                "demand had fallen", "Orrin Freight", ResolutionStep.TITLE, ATTRIBUTION);
    }

    @Test
    void aPersonDescribedByAgeIsThePersonJustNamed() {
        harness.expect("Kasia Nowak scored twice in the final on Sunday. The 26-year-old forward said the team had earned the win.",
                "the team had earned", "Kasia Nowak", ResolutionStep.TITLE, ATTRIBUTION);
    }
}
