package quotestance.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import quotestance.model.AttributionRule;
import quotestance.model.ResolutionStep;

/** The shipped table gives every rule and every step a value of its own, within (0, 1]. */
class ShippedConfidenceTest {
    @Test
    void everyRuleAndStepHasItsOwnValue() {
        ConfidenceTable t = ConfidenceTable.shipped();
        List<String> missing = new ArrayList<>();
        for (AttributionRule r : AttributionRule.values()) {
            boolean any = t.rules().keySet().stream().anyMatch(k -> k.startsWith(r.label() + "\t"));
            if (!any) missing.add(r.label());
        }
        for (ResolutionStep s : ResolutionStep.values()) if (!t.steps().containsKey(s.label())) missing.add(s.label());
        for (String special : List.of("no-speaker", "carried-back")) if (!t.steps().containsKey(special)) missing.add(special);
        assertTrue(missing.isEmpty(), "no value for " + missing);
        for (double v : t.rules().values()) assertTrue(v > 0 && v <= 1, "rule value " + v);
        for (double v : t.steps().values()) assertTrue(v > 0 && v <= 1, "step value " + v);
    }

    @Test
    void aVariantFallsBackToItsRule() {
        ConfidenceTable t = ConfidenceTable.shipped();
        assertTrue(t.rule("direct:cue-after", "pronoun-mention") < t.rule("direct:cue-after", "no-such-variant"));
        assertTrue(t.rule("reported:clause-after-cue", "belief") < t.rule("reported:clause-after-cue", "say-tell"));
    }
}
