package quotestance.quotes.sieve;

import java.util.List;
import java.util.Map;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.QuoteCandidate;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.model.SpeakerType;
import quotestance.speakers.MentionParser;
import quotestance.stance.Valences;
import quotestance.text.TokenText;

/**
 * Reported speech, read cue by cue in each sentence after the direct quotes: every cue verb no direct quote
 * took, with its clause after the verb, before the subject, around it, or with "according to"; a quotation
 * inside that clause makes it mixed. Stateless and thread-safe.
 */
final class ReportedSpeech {
    private static final Set<String> WH_WORDS = WordLists.load("quotes/wh-words");
    private static final Set<String> FINITE_AUXILIARIES = WordLists.load("quotes/finite-auxiliaries");
    private static final Set<String> LINKING_WORDS = WordLists.load("quotes/linking-words");
    private static final Set<String> GERUND_PREPOSITIONS = WordLists.load("quotes/gerund-prepositions");

    private static final int FINITE_VERB_WINDOW = 8;

    private final MentionParser mentions = new MentionParser();
    private final Subjects subjects = new Subjects(mentions);
    private final CuePhrases phrases = new CuePhrases(mentions);
    private final Lexicons lex = Lexicons.get();

    /** The reported quotes of every sentence, in text order. */
    List<QuoteCandidate> find(ArticleView article, Claims claims) {
        List<QuoteCandidate> out = new java.util.ArrayList<>();
        for (int s = 0; s < article.sentenceCount(); s++) reported(article, claims, s, out);
        return out;
    }

    void reported(ArticleView article, Claims claims, int s, List<QuoteCandidate> out) {
        String text = article.text();
        Sentence sentence = article.sentence(s);
        if (CueFilters.isLinkToAnotherStory(text, sentence)) return;
        TokenText t = null;
        Mention lastSubject = null;
        int lastContentIndex = -1;
        int n = sentence.tokens().size();
        for (int i = 0; i < n; i++) {
            int start = sentence.tokens().start(i);
            if (claims.cueTaken(start)) continue;
            char c0 = text.charAt(start);
            if (!Character.isLetter(c0)) continue;
            if (t == null) t = article.tokens(s);
            String w = t.lower(i);
            boolean according = w.equals("according") && t.is(i + 1, "to")
                    || w.equals("as") && t.is(i + 1, "reported") && t.is(i + 2, "by"); // "As reported by X, ..."
            Lexicons.CueWord cw = according ? Lexicons.CueWord.SOURCE : lex.cue(w);
            if (cw == null) continue;
            if (claims.quotedAt(start)) continue;
            QuoteCandidate c = according ? accordingTo(text, t, s, i, sentence)
                    : reportedAt(text, t, s, i, cw, sentence, lastSubject);
            if (c == null) continue;
            if (claims.overlapsQuoted(c.content())) {
                c = trimAgainstDirect(text, claims, c);
                if (c == null) continue;
            }
            // a cue inside the clause of an earlier one is part of what was reported ("X said Y believes Z"),
            // unless it is coordinated with it ("accused X and called on Y"): then the first clause ends there
            if (lastContentIndex >= 0) {
                QuoteCandidate prev = out.get(lastContentIndex);
                if (c.rule() == AttributionRule.REPORTED_ACCORDING_TO && prev.cue() != null && c.content().contains(prev.cue())
                        && prev.sentenceIndex() == c.sentenceIndex()) {
                    continue; // "X, the spokesman said, according to IRNA": the agency carried his words; he said them
                }
                Span cueOrContent = c.cue() == null ? c.content() : c.cue();
                if (prev.content().contains(cueOrContent) && prev.content().start() < cueOrContent.start()) {
                    int ci = t.tokenAtOrAfter(cueOrContent.start());
                    boolean coordinated = ci > 0 && (t.is(ci - 1, "and") || t.is(ci - 1, "also") && t.is(ci - 2, "and")
                            || Clauses.isParticiple(t.lower(ci)) && t.isPunct(ci - 1, ','));
                    if (c.rule().clauseBefore() || c.rule() == AttributionRule.REPORTED_PARENTHETICAL) {
                        // "X, who asked ..., watched it, attorneys said": the attribution that closes the sentence wins
                        out.remove(lastContentIndex);
                        out.add(c);
                        lastContentIndex = out.size() - 1;
                        if (c.mention() != null) lastSubject = c.mention();
                        continue;
                    }
                    if (!coordinated) continue;
                    int j = ci - 1;
                    while (j >= 0 && (t.is(j, "and") || t.is(j, "also") || t.isPunct(j, ','))) j--;
                    int end = j >= 0 ? t.end(j) : prev.content().start();
                    Span shortened = end > prev.content().start() ? Spans.trimTail(text, new Span(prev.content().start(), end)) : null;
                    if (shortened == null || Spans.wordCount(text, shortened) < 2) {
                        out.remove(lastContentIndex);
                    } else {
                        out.set(lastContentIndex, new QuoteCandidate(shortened, Spans.kindOf(text, shortened), prev.cue(), prev.cueLemma(),
                                prev.mention(), prev.rule(), prev.confidence(), prev.sentenceIndex(), prev.paragraphIndex(), false));
                    }
                }
            }
            out.add(c);
            lastContentIndex = out.size() - 1;
            if (c.mention() != null) lastSubject = c.mention();
            if (c.cue() != null) i = Math.max(i, t.tokenAtOrAfter(c.cue().end()) - 1);
        }
    }

    private QuoteCandidate accordingTo(String text, TokenText t, int s, int i, Sentence sentence) {
        int cueLast = t.is(i, "as") ? i + 2 : i + 1; // "according to" or "as reported by"
        Mention m = documentOwner(t, cueLast + 1);
        if (m == null) m = mentions.after(t, cueLast + 1);
        if (m == null) m = sourcePhrase(t, cueLast + 1);
        if (m == null) return null;
        Span cue = new Span(t.start(i), t.end(cueLast));
        int afterMention = t.tokenAtOrAfter(m.span().end());
        Span content;
        if (i == 0 || i == 1 && !t.isWord(0)) {
            // According to X, CLAUSE.
            int k = afterMention;
            while (k < t.size() && !t.isPunct(k, ',')) k++;
            if (k >= t.size() - 1) return null;
            content = Clauses.clause(text, t, k + 1, sentence);
        } else if (i > 0 && t.isPunct(i - 1, ',')) {
            // CLAUSE, according to X. / CLAUSE, according to X, CLAUSE.
            content = Spans.trimTail(text, new Span(sentence.span().start(), t.start(i - 1)));
            if (afterMention < t.size() && t.isPunct(afterMention, ',') && content != null) {
                Span rest = Clauses.clause(text, t, afterMention + 1, sentence);
                // "But, according to the poll, ...", "..., because, according to Trump, ...": the source vouches
                // for the clause after it only
                boolean afterOnly = i >= 2 && LINKING_WORDS.contains(t.lower(i - 2));
                if (rest != null && (afterOnly || !Clauses.attributionAdjunct(t, afterMention + 1, true))) {
                    content = afterOnly ? rest : new Span(content.start(), rest.end());
                }
            }
        } else {
            return null;
        }
        if (content == null || Spans.wordCount(text, content) < 3) return null;
        return new QuoteCandidate(content, Spans.kindOf(text, content), cue, "accord to", m, AttributionRule.REPORTED_ACCORDING_TO, 0.8,
                s, sentence.paragraphIndex(), false);
    }

    /**
     * What "called" says when it names something: an object and what it was called ("called the sanctions
     * 'economic terrorism'", "calling it a mistake", "called the move unacceptable"). Null when the verb phones,
     * convenes or summons ("called his mother", "called a meeting", "called to service").
     */
    private static Span naming(String text, TokenText t, int i, Sentence sentence) {
        int k = i + 1;
        if (k >= t.size() || !t.isWord(k) && !t.isQuoteMark(k) || NAMING_BLOCKERS.contains(t.lower(k))) return null;
        Span content = Clauses.clause(text, t, k, sentence);
        if (content == null) return null;
        int end = t.tokenAtOrAfter(content.end());
        boolean quoted = false;
        boolean secondPhrase = false;
        boolean evaluative = false;
        for (int j = k; j < end; j++) {
            if (t.isQuoteMark(j)) quoted = true;
            if (j > k && (t.is(j, "a") || t.is(j, "an")) && !PREPOSITIONS.contains(t.lower(j - 1)) && t.isWord(j - 1)) secondPhrase = true;
            Float v = VALENCE.get(t.lower(j));
            if (j > k && v != null && Math.abs(v) >= 1.0 && !t.isCapitalized(j) && !PREPOSITIONS.contains(t.lower(j - 1))) {
                evaluative = true; // not "a campaign called Code Critical": a name, not a judgement
            }
        }
        return quoted || secondPhrase || evaluative ? content : null;
    }

    private static final Map<String, Float> VALENCE = Valences.shared();
    private static final Set<String> NAMING_BLOCKERS = WordLists.load("quotes/naming-blockers"); // "men calling themselves X": a self-description
    private static final Set<String> PREPOSITIONS = WordLists.load("quotes/prepositions");


    private static Mention sourcePhrase(TokenText t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_SOURCE_WORDS && (t.isWord(k) || t.is(k, "'s") || t.is(k, "&") || t.is(k, "-"))) k++;
        boolean ends = k >= t.size() || t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';');
        if (!ends || k == from || !t.isWord(k - 1)) return null;
        // a document is the channel of whoever wrote it ("according to the post", "... to preliminary findings"): it
        // names no speaker, and the writer is not in the phrase
        for (int w = from; w < k; w++) if (CuePhrases.CHANNEL_WORDS.contains(t.lower(w)) || DOCUMENT_NOUNS.contains(t.lower(w))) return null;
        return new Mention(new Span(t.start(from), t.end(k - 1)), null, List.of(), Mention.Kind.DESCRIPTION,
                SpeakerType.UNKNOWN, (char) 0, t.lower(k - 1), MentionRule.SOURCE_PHRASE);
    }

    private static final int MAX_SOURCE_WORDS = 8;

    /**
     * "according to the union's weekly statement", "the town's housing survey": the one whose document it is;
     * null when the source is no possessor's document.
     */
    private Mention documentOwner(TokenText t, int from) {
        int possessive = -1;
        for (int k = from; k < Math.min(t.size(), from + MAX_SOURCE_WORDS) && (t.isWord(k) || t.is(k, "'s")); k++) {
            String w = t.lower(k);
            if (possessive < 0 && (w.endsWith("'s") || w.endsWith("\u2019s"))) possessive = k;
            else if (possessive >= 0 && (CuePhrases.CHANNEL_WORDS.contains(w) || DOCUMENT_NOUNS.contains(w) || REPORT_NOUNS.contains(w))) {
                Mention owner = mentions.before(t, possessive + 1);
                if (owner != null && t.tokenAtOrAfter(owner.span().start()) >= from) return owner.withRule(MentionRule.DOCUMENT_OWNER);
                // "the city's": the possessor as written, without its "'s"
                String head = t.lower(possessive);
                head = head.substring(0, head.length() - 2);
                if (head.isEmpty()) return null;
                return new Mention(new Span(t.start(from), t.end(possessive) - 2), null, List.of(), Mention.Kind.DESCRIPTION,
                        lex.isOrganization(head) ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN,
                        (char) 0, head, MentionRule.DOCUMENT_OWNER);
            }
        }
        return null;
    }

    /** Documents that count as sources on their own ("according to a poll"), but give way to their owner when named. */
    private static final Set<String> REPORT_NOUNS = WordLists.load("quotes/report-nouns");
    private static final Set<String> DOCUMENT_NOUNS = WordLists.load("quotes/document-nouns");


    private QuoteCandidate reportedAt(String text, TokenText t, int s, int i, Lexicons.CueWord cw, Sentence sentence,
                                      Mention lastSubject) {
        Span cue = CuePhrases.cueSpan(t, i);
        String lemma = cw.lemma();
        if (cw.nounLike() && !CueFilters.usedAsVerb(t, i)) return null; // "the annual report that came out"
        if (CueFilters.negatedOrPassive(t, i)) return null; // "did not say", "has been praised": nothing was said
        if (CueFilters.comparedWith(t, i)) return null; // "higher than the council says they are": the clause is elided
        Mention subject = mentions.before(t, i);
        if (subject != null) {
            int m0 = t.tokenAtOrAfter(subject.span().start());
            if (m0 > 0 && Clauses.RELATIVE_PRONOUNS.contains(t.lower(m0 - 1)) && cw.speech() && i + 1 < t.size()
                    && FINITE_AUXILIARIES.contains(t.lower(i + 1))) {
                // "six deaths that Lohmar said are unrelated": the relative clause's verb phrase is what was said
                Span content = Clauses.clause(text, t, i + 1, sentence);
                if (content != null && Spans.wordCount(text, content) >= 2) {
                    return new QuoteCandidate(content, Spans.kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_RELATIVE_CLAUSE,
                            0.6, s, sentence.paragraphIndex(), false);
                }
            }
            if (m0 > 0 && t.is(m0 - 1, "what") && cw.speech() && i + 2 < t.size() && Clauses.BE_FORMS.contains(t.lower(i + 1))) {
                // "what officials say is Kim's birthday": what follows the verb is what was said
                Span content = Clauses.clause(text, t, i + 2, sentence);
                if (content != null && Spans.wordCount(text, content) >= 2) {
                    return new QuoteCandidate(content, Spans.kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_RELATIVE_CLAUSE,
                            0.6, s, sentence.paragraphIndex(), false);
                }
            }
            // "what the department told", "asked whether he said"; but "when she said ..." and "where he said ..." report
            if (m0 > 0 && WH_WORDS.contains(t.lower(m0 - 1)) && !t.is(m0 - 1, "when") && !t.is(m0 - 1, "where")) return null;
        }
        if (i >= 3 && t.is(i - 1, "as") && cw.participle()) {
            // "state television quoted President X as saying (that) ...": the one quoted said it, not the channel
            Mention quoted = subjects.quotedAs(t, i - 1);
            if (quoted != null) {
                int afterCue = phrases.afterCueStart(t, i, cw);
                Span content = afterCue < 0 || Clauses.clauseEnds(t, afterCue) ? null : Clauses.clause(text, t, afterCue, sentence);
                if (content == null || Spans.wordCount(text, content) < 2) return null;
                return new QuoteCandidate(content, Spans.kindOf(text, content), cue, lemma, quoted, AttributionRule.REPORTED_QUOTED_AS_SAYING,
                        0.8, s, sentence.paragraphIndex(), false);
            }
        }
        boolean participle = cw.participle();
        if (participle && subject != null && (subject.kind() == Mention.Kind.DESCRIPTION && CuePhrases.CHANNEL_WORDS.contains(subject.head())
                || CuePhrases.TIME_WORDS.contains(t.lower(t.tokenAtOrAfter(subject.span().end()) - 1)))) {
            // "the ministry issued a statement saying ...", "... a notice Tuesday saying": the statement is the
            // channel and Tuesday its date; the issuer, the sentence's subject, is the speaker
            Mention issuer = subjects.sentenceSubject(t, t.tokenAtOrAfter(subject.span().start()));
            subject = issuer != null ? issuer : lastSubject != null ? lastSubject : subject;
        }
        if (subject == null && participle) {
            int p = i - 1;
            while (p > 0 && CuePhrases.TIME_WORDS.contains(t.lower(p))) p--;
            if (p > 0 && CuePhrases.CHANNEL_WORDS.contains(t.lower(p)) && !t.isCapitalized(p)) {
                // "posted a notice Tuesday saying ...": no mention names the notice, and its issuer spoke
                Mention issuer = subjects.sentenceSubject(t, p);
                if (issuer != null) subject = issuer;
            }
        }
        if (subject == null && participle && i > 0 && (t.isPunct(i - 1, ',') || i > 1 && t.isQuoteMark(i - 1) && t.isPunct(i - 2, ','))) {
            subject = lastSubject != null ? lastSubject : subjects.sentenceSubject(t, i);
        }
        if (subject == null && participle && i > 0 && GERUND_PREPOSITIONS.contains(t.lower(i - 1))) {
            // "Trump landed in hot water by saying that ...", "after saying her foot was swollen"
            subject = lastSubject != null ? lastSubject : subjects.sentenceSubject(t, i - 1);
        }
        if (subject == null && i > 0 && t.is(i - 1, "and") && lastSubject != null) subject = lastSubject;
        if (subject == null && i >= 2 && t.is(i - 1, "also") && t.is(i - 2, "and") && lastSubject != null) subject = lastSubject;
        if (subject == null && !participle) {
            // "The senator survived prison and says ...", "..., but in a later interview said ...": the second verb of
            // the sentence's subject
            int and = coordinatorBefore(t, i);
            if (and > 0) subject = subjects.sentenceSubject(t, and);
        }
        if (subject != null && !cw.speech() && subject.kind() == Mention.Kind.DESCRIPTION && subject.type() != SpeakerType.PERSON) {
            subject = null; // "polls show", "the data found" attribute to no one we can name
        }
        if (subject != null) {
            int mStart = t.tokenAtOrAfter(subject.span().start());
            boolean subjectAfterComma = mStart > 0 && t.isPunct(mStart - 1, ',')
                    || mStart > 1 && t.isQuoteMark(mStart - 1) && t.isPunct(mStart - 2, ','); // `standards," a spokeswoman said`
            int afterCue = phrases.afterCueStart(t, i, cw);
            if (afterCue < 0 && lemma.equals("call")) {
                Span named = naming(text, t, i, sentence);
                return named == null ? null : new QuoteCandidate(named, Spans.kindOf(text, named), cue, lemma, subject,
                        AttributionRule.REPORTED_NAMING, 0.6, s, sentence.paragraphIndex(), false);
            }
            if (afterCue < 0 || CueFilters.notAStatement(t, i, afterCue, lemma) || CueFilters.noClause(t, afterCue)) return null;
            boolean commaAfter = afterCue > i + 1 && t.isPunct(afterCue - 1, ',');
            if (subjectAfterComma && mStart > 1 && (commaAfter || Clauses.clauseEnds(t, afterCue) || Clauses.trailingPhrase(t, afterCue))) {
                // CLAUSE, X said. or CLAUSE, X said, CLAUSE.
                int commaAt = t.isPunct(mStart - 1, ',') ? mStart - 1 : mStart - 2;
                Span before = Spans.trimTail(text, new Span(sentence.span().start(), t.isQuoteMark(mStart - 1) ? t.end(mStart - 1) : t.start(commaAt)));
                int minWords = commaAfter ? 1 : 3;
                if (before != null && Spans.wordCount(text, before) >= minWords && !participle && !Clauses.circumstanceOnly(text, t, before)) {
                    Span content = before;
                    AttributionRule rule = AttributionRule.REPORTED_CLAUSE_BEFORE_SUBJECT;
                    if (commaAfter && afterCue < t.size() && !Clauses.clauseEnds(t, afterCue) && !Clauses.attributionAdjunct(t, afterCue, false)) {
                        Span rest = Clauses.clause(text, t, afterCue, sentence);
                        if (rest != null) {
                            content = new Span(before.start(), rest.end());
                            rule = AttributionRule.REPORTED_PARENTHETICAL;
                        }
                    }
                    return new QuoteCandidate(content, Spans.kindOf(text, content), cue, lemma, subject, rule,
                            cw.speech() ? 0.82 : 0.5, s, sentence.paragraphIndex(), false);
                }
            }
            if (!Clauses.clauseEnds(t, afterCue)) {
                Span content = Clauses.clause(text, t, afterCue, sentence);
                // a belief or finding counts only with its "that" clause ("thought that ...", not "thought about");
                // so do verbs that take a plain object as often as a statement ("denied the report", "added a goal")
                boolean needsThat = !cw.speech() || cw.needsThat()
                        || lemma.equals("add") && !(subject.isPronoun() && subject.gender() != 0 || subject.type() == SpeakerType.PERSON);
                boolean infinitive = cw.infinitive() && t.is(afterCue, "to");
                boolean pronounClause = afterCue < t.size() && Clauses.SUBJECT_PRONOUNS.contains(t.lower(afterCue)) && cw.speech();
                // verbs that as often take a thing ("wrote a letter", "snapped a streak", "yelled at") report a
                // statement only when a clause follows, with its own finite verb; "questioned the plan" and "demanded
                // changes" stay: they take a stance toward their object
                boolean clauseNeeded = cw.objectOrClause() && !Clauses.startsWithThat(t, afterCue) && !infinitive
                        && !pronounClause && !Clauses.finiteVerbWithin(t, afterCue, FINITE_VERB_WINDOW);
                if (content != null && Spans.wordCount(text, content) >= 2 && !clauseNeeded && !Clauses.circumstanceOnly(text, t, content)
                        && (!needsThat || Clauses.startsWithThat(t, afterCue) || infinitive || pronounClause)) {
                    double conf = cw.speech() ? (lemma.equals("say") || lemma.equals("tell") ? 0.85 : 0.75) : 0.45;
                    return new QuoteCandidate(content, Spans.kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_CLAUSE_AFTER_CUE,
                            conf, s, sentence.paragraphIndex(), false);
                }
            }
            return null;
        }
        // CLAUSE, said X.
        if (cw.inverted() && i > 1 && t.isPunct(i - 1, ',')) {
            Mention m = mentions.after(t, i + 1);
            if (m == null) return null;
            // "..., said he had made calls", "..., said the governor was stronger": the words after "said" open the
            // reported clause, with its own subject and verb, so the phrase before the comma is not what was said
            int next = t.tokenAtOrAfter(m.span().end());
            if (next < t.size() && (FINITE_AUXILIARIES.contains(t.lower(next)) || Clauses.BE_FORMS.contains(t.lower(next)))) return null;
            Span before = Spans.trimTail(text, new Span(sentence.span().start(), t.start(i - 1)));
            if (before == null || Spans.wordCount(text, before) < 3) return null;
            return new QuoteCandidate(before, Spans.kindOf(text, before), cue, lemma, m, AttributionRule.REPORTED_CLAUSE_BEFORE_INVERTED,
                    0.82, s, sentence.paragraphIndex(), false);
        }
        return null;
    }

    /**
     * The "and" or "but" that joins the cue at {@code i} to an earlier verb phrase, across an adverb or a short
     * prepositional phrase ("and later said", "but in a later interview said"); -1 when there is none.
     */
    private static int coordinatorBefore(TokenText t, int i) {
        int k = i - 1;
        if (k >= 0 && COORDINATED_ADVERBS.contains(t.lower(k))) k--;
        if (k >= 0 && (t.is(k, "and") || t.is(k, "but"))) return k;
        for (int p = i - 2; p >= Math.max(1, i - 6); p--) { // "and in a later interview said"
            if (!t.isWord(p)) return -1;
            if (Subjects.PHRASE_PREPOSITIONS.contains(t.lower(p))) return t.is(p - 1, "and") || t.is(p - 1, "but") ? p - 1 : -1;
        }
        return -1;
    }

    private static final Set<String> COORDINATED_ADVERBS = WordLists.load("quotes/coordinated-adverbs");

    /** A reported clause that runs into a direct quotation keeps only its part before the quotation. */
    private static QuoteCandidate trimAgainstDirect(String text, Claims claims, QuoteCandidate c) {
        Span content = c.content();
        for (Span d : claims.quotedOverlapping(content)) {
            if (!d.overlaps(content)) continue;
            if (d.start() <= content.start()) return null;
            content = Spans.trimTail(text, new Span(content.start(), d.start()));
            if (content == null) return null;
        }
        if (Spans.wordCount(text, content) < 3) return null;
        return new QuoteCandidate(content, Spans.kindOf(text, content), c.cue(), c.cueLemma(), c.mention(), c.rule(),
                c.confidence(), c.sentenceIndex(), c.paragraphIndex(), false);
    }

}
