package quotestance.quotes.sieve;

import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.TokenText;

/**
 * A cue word that no direct quote took, with what the cue sieves read around it, each part worked out once on
 * first use: whether the cue counts at all, the subject before it, the one a channel quotes, the speaker once a
 * participle or a second verb has taken the previous one's, and where its clause starts. Not thread-safe: one
 * per cue and call.
 */
public final class CueSite {
    private static final Set<String> WH_WORDS = WordLists.load("quotes/wh-words");

    private final ArticleView article;
    private final int sentence;
    private final TokenText t;
    private final int i;
    private final Lexicons.CueWord cue;
    private final boolean source;
    private final Mention previousSpeaker;
    private final Readers readers;

    private boolean subjectRead;
    private Mention subject;
    private boolean quotedRead;
    private Mention quoted;
    private boolean speakerRead;
    private Mention speaker;
    private boolean afterCueRead;
    private int afterCue;
    private boolean clauseBeforeRead;
    private ClauseBefore clauseBefore;

    /** The helpers that read mentions and phrases, shared by the sites of one chain. */
    record Readers(MentionParser mentions, Subjects subjects, CuePhrases phrases) {
        Readers() {
            this(new MentionParser());
        }

        private Readers(MentionParser m) {
            this(m, new Subjects(m), new CuePhrases(m));
        }
    }

    CueSite(ArticleView article, Claims claims, int sentence, int i, Lexicons.CueWord cue, boolean source, Readers readers) {
        this.article = article;
        this.sentence = sentence;
        this.t = article.tokens(sentence);
        this.i = i;
        this.cue = cue;
        this.source = source;
        this.previousSpeaker = claims.lastSpeaker(sentence);
        this.readers = readers;
    }

    public ArticleView article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public int sentenceIndex() {
        return sentence;
    }

    public Sentence sentence() {
        return article.sentence(sentence);
    }

    public TokenText tokens() {
        return t;
    }

    /** The cue's token. */
    public int index() {
        return i;
    }

    public Lexicons.CueWord cue() {
        return cue;
    }

    /** "according to" or "as reported by": a source, not a verb. */
    public boolean source() {
        return source;
    }

    MentionParser mentions() {
        return readers.mentions();
    }

    Subjects subjects() {
        return readers.subjects();
    }

    /** A verb cue in a use that reports: not a noun, not negated or passive, not in a comparison. */
    public boolean counts() {
        if (source) return false;
        if (cue.nounLike() && !CueFilters.usedAsVerb(t, i)) return false; // "the annual report that came out"
        return !CueFilters.negatedOrPassive(t, i) && !CueFilters.comparedWith(t, i);
    }

    /** The mention right before the cue, as the parser reads it; null when there is none. */
    public Mention subject() {
        if (!subjectRead) {
            subject = readers.mentions().before(t, i);
            subjectRead = true;
        }
        return subject;
    }

    /** The token that opens {@link #subject()}. */
    public int subjectStart() {
        return t.tokenAtOrAfter(subject().span().start());
    }

    /** "what the department told", "asked whether he said": a wh-clause's cue; but "when she said" and "where he said" report. */
    public boolean inWhClause() {
        if (subject() == null) return false;
        int m0 = subjectStart();
        return m0 > 0 && WH_WORDS.contains(t.lower(m0 - 1)) && !t.is(m0 - 1, "when") && !t.is(m0 - 1, "where");
    }

    /** "quoted President X as saying": the one quoted, when the cue is a participle after "as"; null otherwise. */
    public Mention quoted() {
        if (!quotedRead) {
            quoted = i >= 3 && t.is(i - 1, "as") && cue.participle() ? readers.subjects().quotedAs(t, i - 1) : null;
            quotedRead = true;
        }
        return quoted;
    }

    /** A verb cue that counts, outside a wh-clause, that no channel quotes: what most cue sieves read. */
    public boolean open() {
        return counts() && !inWhClause() && quoted() == null;
    }

    /** Where the clause after the cue starts, past its particle, object and adjuncts; -1 when the cue lacks its particle. */
    public int afterCue() {
        if (!afterCueRead) {
            afterCue = readers.phrases().afterCueStart(t, i, cue);
            afterCueRead = true;
        }
        return afterCue;
    }

    /** A clause can follow the cue: it has its particle, and no number, "and" or lone object comes next. */
    public boolean statement() {
        int k = afterCue();
        return k >= 0 && !CueFilters.notAStatement(t, i, k, cue.lemma()) && !CueFilters.noClause(t, k);
    }

    /**
     * The speaker: the subject before the cue, or, for a participle or a second verb, the issuer of a channel,
     * the previous speaker of the sentence or its subject; null when nobody we can name said it.
     */
    public Mention speaker() {
        if (!speakerRead) {
            speaker = CueSpeakers.read(this, previousSpeaker);
            speakerRead = true;
        }
        return speaker;
    }

    /**
     * {@code CLAUSE, X said.} or {@code CLAUSE, X said, CLAUSE.}: the clause before the speaker's comma, and the
     * rest after the cue's comma unless an adjunct of the attribution follows it; null when the cue does not stand
     * so. Read for a verb cue with a speaker and room for a clause.
     */
    ClauseBefore clauseBefore() {
        if (!clauseBeforeRead) {
            clauseBefore = ClauseBefore.read(this);
            clauseBeforeRead = true;
        }
        return clauseBefore;
    }

    /** The reported quote of this cue, with its span and lemma. */
    public QuoteCandidate quote(Span content, Mention speaker, AttributionRule rule, double confidence) {
        return new QuoteCandidate(content, Spans.kindOf(text(), content), CuePhrases.cueSpan(t, i), cue.lemma(), speaker,
                rule, confidence, sentence, sentence().paragraphIndex(), false);
    }
}
