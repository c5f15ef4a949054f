package quotestance.quotes.sieve;

import quotestance.lexicon.Lexicons;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.text.TokenText;

/**
 * {@code X said (that) ...}, {@code X told Reuters on Tuesday that ...}, {@code X said, however, that ...},
 * {@code ..., saying ...}: the speaker, the cue, perhaps an object, a time, a channel or an adverb, then the
 * reported clause. Beliefs and verbs that take a thing as often need their "that", an infinitive or a pronoun
 * subject; verbs of writing and of the manner of speaking need a clause with a finite verb.
 */
public final class ClauseAfterCueSieve implements CueSieve {
    /** How far after the cue a verb of writing must show its clause's finite verb. */
    private static final int FINITE_VERB_WINDOW = 8;

    @Override
    public AttributionRule rule() {
        return AttributionRule.REPORTED_CLAUSE_AFTER_CUE;
    }

    @Override
    public QuoteCandidate read(CueSite site) {
        if (!site.open() || site.speaker() == null || !site.statement() || site.clauseBefore() != null) return null;
        TokenText t = site.tokens();
        int afterCue = site.afterCue();
        if (Clauses.clauseEnds(t, afterCue)) return null;
        String text = site.text();
        Lexicons.CueWord cw = site.cue();
        String lemma = cw.lemma();
        Mention subject = site.speaker();
        Span content = Clauses.clause(text, t, afterCue, site.sentence());
        // a belief or finding counts only with its "that" clause ("thought that ...", not "thought about");
        // so do verbs that take a plain object as often as a statement ("denied the report", "added a goal")
        boolean needsThat = !cw.speech() || cw.needsThat()
                || lemma.equals("add") && !(subject.isPronoun() && subject.gender() != 0 || subject.type() == SpeakerType.PERSON);
        boolean infinitive = cw.infinitive() && t.is(afterCue, "to");
        boolean pronounClause = afterCue < t.size() && Clauses.SUBJECT_PRONOUNS.contains(t.lower(afterCue)) && cw.speech();
        boolean that = Clauses.startsWithThat(t, afterCue);
        // verbs that as often take a thing ("wrote a letter", "snapped a streak", "yelled at") report a
        // statement only when a clause follows, with its own finite verb; "questioned the plan" and "demanded
        // changes" stay: they take a stance toward their object
        boolean clauseNeeded = cw.objectOrClause() && !that && !infinitive && !pronounClause
                && !Clauses.finiteVerbWithin(t, afterCue, FINITE_VERB_WINDOW);
        if (content == null || Spans.wordCount(text, content) < 2 || clauseNeeded || Clauses.circumstanceOnly(text, t, content)
                || needsThat && !that && !infinitive && !pronounClause) return null;
        String variant = !cw.speech() ? RuleConfidence.BELIEF
                : lemma.equals("say") || lemma.equals("tell") ? RuleConfidence.SAY_TELL : RuleConfidence.SPEECH;
        double confidence = RuleConfidence.of(rule(), variant);
        return site.quote(content, subject, rule(), confidence);
    }
}
