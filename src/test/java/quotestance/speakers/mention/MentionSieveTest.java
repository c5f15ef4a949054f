package quotestance.speakers.mention;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.speakers.mention.BeforeCueRule.Stage;

/** The one list gives the order the rules are tried in: each stage's rules come after the last stage's. */
class MentionSieveTest {
    @Test
    void theStagesStandInTheListInTheOrderTheyAreTried() {
        List<BeforeCueRule> rules = MentionSieve.BEFORE_CUE;
        for (int i = 1; i < rules.size(); i++) {
            Stage before = rules.get(i - 1).stage();
            Stage next = rules.get(i).stage();
            assertTrue(before.compareTo(next) <= 0, rules.get(i) + " (" + next + ") stands after a rule of " + before);
        }
        for (Stage stage : Stage.values()) {
            assertTrue(rules.stream().anyMatch(r -> r.stage() == stage), "a rule of " + stage);
        }
    }
}
