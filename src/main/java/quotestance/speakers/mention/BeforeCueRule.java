package quotestance.speakers.mention;

import quotestance.model.Mention;

/**
 * A pattern of the speaker before a cue ("Bagheri said", "officials in Tehran say"). A rule says its stage by the
 * interface it implements: {@link AtCue}, {@link Nearest}, {@link Beyond} or {@link NoPhrase}.
 */
interface BeforeCueRule {
    /** When in the look for the speaker a rule is tried. */
    enum Stage {
        /** around the cue itself, before the phrase next to it: what a rule reads here is the speaker */
        AT_CUE,
        /** the phrase that ends nearest the cue (see {@link LookBack#end()}): the first rule that reads it wins */
        NEAREST,
        /** past the phrase the nearest stage read, what it belongs to: what a rule reads here replaces that phrase */
        BEYOND,
        /** when the nearest stage read nothing */
        NO_PHRASE
    }

    Stage stage();

    /**
     * The mention this rule reads; null to let the next rule look. A rule of the nearest stage may also return
     * {@link LookBack#NOBODY}: the look ends there, with no speaker.
     */
    Mention read(LookBack at);

    /** A rule tried at the cue, before the nearest phrase. */
    interface AtCue extends BeforeCueRule {
        @Override
        default Stage stage() {
            return Stage.AT_CUE;
        }
    }

    /** A rule that reads the phrase ending at {@link LookBack#end()}. */
    interface Nearest extends BeforeCueRule {
        @Override
        default Stage stage() {
            return Stage.NEAREST;
        }
    }

    /** A rule that looks past {@link LookBack#nearest()}, the phrase the nearest stage read. */
    interface Beyond extends BeforeCueRule {
        @Override
        default Stage stage() {
            return Stage.BEYOND;
        }
    }

    /** A rule tried when the nearest stage read nothing. */
    interface NoPhrase extends BeforeCueRule {
        @Override
        default Stage stage() {
            return Stage.NO_PHRASE;
        }
    }
}
