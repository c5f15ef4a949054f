package quotestance.speakers.mention;

import static quotestance.model.Mention.Kind.DESCRIPTION;
import static quotestance.model.Mention.Kind.NAME;

import org.junit.jupiter.api.Test;

import quotestance.model.MentionRule;
import quotestance.model.SpeakerType;

/** Relative clauses next to the cue: "who" standing for its antecedent, and a clause without commas skipped. */
class RelativeClauseTest {
    private final MentionFixture fixture = new MentionFixture();

    @Test
    void whoStandsForTheNameBeforeIt() {
        // the mention as written is "who"; the name comes from the antecedent
        fixture.before("Lorna Petrak, who said the dam was safe, left the meeting early.", "said")
                .is("who", "Lorna Petrak", NAME, SpeakerType.PERSON, MentionRule.RELATIVE_ANTECEDENT);
    }

    @Test
    void aDescriptionBeforeWhoIsTheMention() {
        fixture.before("Some growers, who said prices had fallen, stayed home.", "said")
                .is("Some growers", null, DESCRIPTION, SpeakerType.UNKNOWN, MentionRule.RELATIVE_ANTECEDENT);
        fixture.before("The nurses, who said the ward was full, walked out at noon.", "said")
                .is("The nurses", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.RELATIVE_ANTECEDENT);
    }

    @Test
    void theSpeakerBeforeARestrictiveRelativeClauseSpeaks() {
        // the inspector spoke, not the plant; the inspector is a role holder of the agency
        fixture.before("An inspector with the agency who was at the plant told reporters the valve had failed.", "told")
                .is("An inspector with the agency", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.RESTRICTIVE_RELATIVE);
    }

    @Test
    void aReducedRelativeCountsBeforeAPlainSpeechVerb() {
        fixture.before("Inspectors reviewing the bridge said it was sound.", "said")
                .is("Inspectors", null, DESCRIPTION, SpeakerType.PERSON, MentionRule.RESTRICTIVE_RELATIVE);
    }

    @Test
    void aRelativeClauseWithoutAVerbOfItsOwnKeepsTheNameInside() {
        // "who Trump said": the cue is the relative clause's own; the one who said it is inside
        fixture.before("They questioned the man who Trump said was a spy.", "said")
                .is("the man who Trump", "Trump", NAME, SpeakerType.PERSON, MentionRule.NOUN_PHRASE);
    }
}
