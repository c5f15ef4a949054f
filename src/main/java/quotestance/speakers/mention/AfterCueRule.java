package quotestance.speakers.mention;

import quotestance.model.Mention;

/** A pattern of the speaker after a cue or another opening ("said Ayoub", "according to the ministry"). */
interface AfterCueRule {
    /** The mention this rule reads; null to let the next rule look. */
    Mention read(LookAhead at);
}
