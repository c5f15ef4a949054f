package quotestance.speakers.mention;

import java.util.List;

import quotestance.model.Mention;
import quotestance.speakers.mention.BeforeCueRule.Stage;
import quotestance.text.TokenText;

/**
 * The mention rules in the order they are tried, and the trying. Before a cue, the rules go in stages: a rule at
 * the cue itself; then the phrase that ends nearest the cue, where the first rule that reads it wins; then, when
 * a phrase was read, what it belongs to further left, which replaces it; or, when none was, a role's holder.
 * After a cue, the first rule that reads a mention wins. Stateless: the rules hold no state, and each call
 * makes its own {@link LookBack} or {@link LookAhead}.
 */
public final class MentionSieve {
    /** Asides skipped between a speaker and the cue, at most: each costs a look-back, and text may hold thousands. */
    private static final int MAX_ASIDES = 2;
    private static final Pronoun PRONOUN = new Pronoun();

    /** The rules for the speaker before a cue, in the order they are tried: each stage's rules after the last stage's. */
    static final List<BeforeCueRule> BEFORE_CUE = List.of(
            // at the cue
            new KnowingPhrase(),            // "sources familiar with the talks told"
            // the phrase nearest the cue
            new RelativeAntecedent(),       // "Bortis, who noted"
            PRONOUN,                        // "he said", "I'm hoping"
            new Quantifier(),               // "Some suggested"
            new ThoseParticiple(),          // "All those involved say"
            new AgedDescription(),          // "the 26-year-old forward said"
            new Share(),                    // "Thirty percent of farmers said"
            new Aside(),                    // "An aide, who asked not to be named, said"
            new Apposition(),               // "Hugh Hill, a doctor at the clinic, said"
            new RestrictiveRelative(),      // "An inspector who was in the gallery told"
            new NounPhrase(),               // "Maj. Gen. Mohammad Bagheri said", "Kent Moore at the University of Toronto says"
            new PluralGroup(),              // "Social conservatives say", "Critics of the plan say"
            new DefiniteDescription(),      // "The coast guard said"
            // beyond the nearest phrase
            new RoleHolderOfInstitution(),  // "the former chairman of the Regional Assembly said"
            new PersonOfPlace(),            // "Sen. Chuck Schumer of New York said"
            new SpeakerAtPlace(),           // "officials in Tehran say"
            // no phrase near the cue
            new RoleHolderOfPhrase());      // "A spokeswoman for the seller said"

    /** The rules for the speaker after a cue, in order. */
    static final List<AfterCueRule> AFTER_CUE = List.of(
            PRONOUN,                        // "said he"
            PhraseAfterCue.NAMED,           // "said Defense Minister Ali Ayyoub"
            new DescribedName(),            // "said oil and gas worker Mike Wipf"
            PhraseAfterCue.ANY);            // "said the ministry"

    private static final List<BeforeCueRule> AT_CUE = stage(Stage.AT_CUE);
    private static final List<BeforeCueRule> NEAREST = stage(Stage.NEAREST);
    private static final List<BeforeCueRule> BEYOND = stage(Stage.BEYOND);
    private static final List<BeforeCueRule> NO_PHRASE = stage(Stage.NO_PHRASE);

    private MentionSieve() {
    }

    /** The subject before token {@code cue} ("Bagheri said", "the minister has said"), or null. */
    public static Mention before(TokenText t, int cue) {
        return before(t, cue, cue, MAX_ASIDES);
    }

    /** The speaker after token {@code from} ("said Ayoub", "according to the ministry"), or null. */
    public static Mention after(TokenText t, int from) {
        if (from >= t.size()) return null;
        LookAhead at = new LookAhead(t, from);
        for (AfterCueRule rule : AFTER_CUE) {
            Mention m = rule.read(at);
            if (m != null) return m;
        }
        return null;
    }

    /** The subject of token {@code verb} that ends before token {@code cue}, or null. */
    static Mention before(TokenText t, int cue, int verb, int asidesLeft) {
        LookBack at = LookBack.before(t, cue, verb, asidesLeft);
        Mention m = first(AT_CUE, at);
        if (m != null) return m;
        Mention nearest = nearest(at);
        if (nearest == null) return first(NO_PHRASE, at);
        Mention wider = first(BEYOND, at.past(nearest));
        return wider != null ? wider : nearest;
    }

    /** What the nearest stage reads before token {@code cue}, or null. */
    static Mention nearestBefore(TokenText t, int cue, int asidesLeft) {
        return nearest(LookBack.before(t, cue, cue, asidesLeft));
    }

    private static Mention nearest(LookBack at) {
        if (at.end() < 0) return null;
        Mention m = first(NEAREST, at);
        return m == LookBack.NOBODY ? null : m;
    }

    private static Mention first(List<BeforeCueRule> rules, LookBack at) {
        for (BeforeCueRule rule : rules) {
            Mention m = rule.read(at);
            if (m != null) return m;
        }
        return null;
    }

    private static List<BeforeCueRule> stage(Stage stage) {
        return BEFORE_CUE.stream().filter(r -> r.stage() == stage).toList();
    }
}
