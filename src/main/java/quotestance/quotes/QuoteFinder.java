package quotestance.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import quotestance.lexicon.Lexicons;
import quotestance.lexicon.WordLists;
import quotestance.model.AttributionRule;
import quotestance.model.Mention;
import quotestance.model.MentionRule;
import quotestance.model.Paragraph;
import quotestance.model.QuoteCandidate;
import quotestance.model.QuoteKind;
import quotestance.model.Sentence;
import quotestance.model.Span;
import quotestance.speakers.MentionParser;
import quotestance.text.Quotation;
import quotestance.text.QuotationMarks;
import quotestance.text.TokenText;

/**
 * Finds quote content and the cue and speaker mention next to it, most certain patterns first:
 * <ol>
 * <li>direct quotes: quotations that stand as a statement of their own, attributed by a cue right after
 * the closing mark ({@code "...," said Ayoub}) or right before the opening one ({@code Hill said: "..."});
 * a quotation with no cue of its own floats and is resolved later to the speaker before it;</li>
 * <li>reported speech: every cue verb not used by a direct quote, with its clause after the verb
 * ({@code X said (that) ...}), before the subject ({@code ..., X said.}), around it ({@code ..., he said,
 * ...}) or with {@code according to X}; a quotation inside that clause makes it {@code mixed}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class QuoteFinder {
    private static final Set<String> WH_WORDS = WordLists.load("quotes/wh-words");
    private static final Set<String> RELATIVE_PRONOUNS = WordLists.load("quotes/relative-pronouns");
    /** Verbs that open the rest of a relative clause after "X said" ("that X said are unrelated"). */
    private static final Set<String> FINITE_AUXILIARIES = WordLists.load("quotes/finite-auxiliaries");
    private static final Set<String> BE_FORMS = WordLists.load("quotes/be-forms");
    private static final Set<String> NEGATIONS = WordLists.load("quotes/negations");

    private static boolean negatedOrPassive(TokenText t, int cue) {
        for (int j = cue - 1; j >= Math.max(0, cue - 4); j--) {
            String w = t.lower(j);
            if (NEGATIONS.contains(w)) return true;
            if (BE_FORMS.contains(w)) return !t.is(cue, "saying") && !t.lower(cue).endsWith("ing"); // "is accused", not "is saying"
            if (!MentionParser.AUXILIARIES.contains(w)) return false;
        }
        return false;
    }

    private static final Set<String> ONE_WORD_LISTENERS = WordLists.load("quotes/one-word-listeners");
    private static final Set<String> TIME_WORDS = WordLists.load("quotes/time-words");
    private static final Set<String> CHANNEL_WORDS = WordLists.load("quotes/channel-words");

    private static final Set<String> EVEN_CONJUNCTIONS = WordLists.load("quotes/even-conjunctions");
    private static final Set<String> LINKING_WORDS = WordLists.load("quotes/linking-words");
    private static final Set<String> GERUND_PREPOSITIONS = WordLists.load("quotes/gerund-prepositions");
    private static final Set<String> SUBORDINATORS = WordLists.load("quotes/subordinators");

    /** After a comma inside a reported clause, these open a clause of the author's (or another attribution). */
    private static final Set<String> CLAUSE_BREAKS = WordLists.load("quotes/clause-breaks");

    private final MentionParser mentions = new MentionParser();
    private final Lexicons lex = Lexicons.get();

    /** Quote candidates of one article, in text order. */
    public List<QuoteCandidate> find(String original, String normalized, List<Paragraph> paragraphs, List<Sentence> sentences) {
        TokenText[] views = new TokenText[sentences.size()];
        List<QuoteCandidate> out = new ArrayList<>();
        BitSet usedCueStarts = new BitSet(normalized.length() + 1);
        DisjointSpans directOuter = new DisjointSpans();
        int si = 0;
        int firstOfParagraph = 0; // the first sentence that ends inside the paragraph: a pointer, never a search
        for (Paragraph p : paragraphs) {
            List<Quotation> quotations = QuotationMarks.find(original, p.span());
            for (int qi = 0; qi < quotations.size(); qi++) {
                Quotation q = quotations.get(qi);
                while (si + 1 < sentences.size() && sentences.get(si).span().end() <= q.openMark().start()) si++;
                Quotation previous = qi > 0 ? quotations.get(qi - 1) : null;
                QuoteCandidate c = direct(normalized, sentences, views, si, p, q, previous, usedCueStarts);
                if (c == null) continue;
                out.add(c);
                directOuter.add(q.outer());
            }
            while (firstOfParagraph < sentences.size() && sentences.get(firstOfParagraph).span().end() <= p.span().start()) {
                firstOfParagraph++;
            }
            QuoteCandidate post = embeddedPost(normalized, sentences, views, firstOfParagraph, p, directOuter);
            if (post == null) post = signedPullQuote(normalized, sentences, views, firstOfParagraph, p, directOuter);
            if (post == null) post = labelled(normalized, sentences, views, firstOfParagraph, p, out, directOuter);
            if (post != null) {
                out.add(post);
                directOuter.add(post.content());
            }
            while (si + 1 < sentences.size() && sentences.get(si).span().end() <= p.span().end()) si++;
        }
        for (int s = 0; s < sentences.size(); s++) {
            reported(normalized, sentences, views, s, usedCueStarts, directOuter, out);
        }
        out = splitParentheticals(normalized, out);
        out.sort(Comparator.comparing(QuoteCandidate::content));
        return out;
    }

    /** A social-media post embedded in the paragraph, by the author its byline names; null when there is none. */
    private QuoteCandidate embeddedPost(String text, List<Sentence> sentences, TokenText[] views, int firstSentence,
                                        Paragraph p, DisjointSpans directOuter) {
        EmbeddedPosts.Post post = EmbeddedPosts.in(text, p.span());
        if (post == null || directOuter.overlaps(post.content())) return null;
        for (int s = firstSentence; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            if (span.end() <= post.author().start()) continue;
            if (span.start() > post.author().start()) return null;
            TokenText t = view(text, sentences, views, s);
            int k = t.tokenAtOrAfter(post.author().start());
            Mention m = k < t.size() ? mentions.after(t, k) : null;
            if (m == null || m.kind() != Mention.Kind.NAME || m.span().end() > post.author().end()) return null;
            int first = s;
            while (first > firstSentence && sentences.get(first - 1).span().end() > post.content().start()) first--;
            // verbatim, but in no quotation marks: the kind says which words stand in marks, as annotators read it
            return new QuoteCandidate(post.content(), kindOf(text, post.content()), null, null, m, AttributionRule.DIRECT_EMBEDDED_POST, 0.85,
                    first, p.index(), false);
        }
        return null;
    }

    /**
     * "The pact, he said, is final": two quotes of one speaker, as a quotation interrupted by its attribution is;
     * a part of fewer than {@link #MIN_PART_WORDS} words ("Police, Sinclair says, have no policies") stays whole.
     */
    private static List<QuoteCandidate> splitParentheticals(String text, List<QuoteCandidate> in) {
        List<QuoteCandidate> out = new ArrayList<>(in.size());
        for (QuoteCandidate c : in) {
            if (c.rule() != AttributionRule.REPORTED_PARENTHETICAL || c.mention() == null || c.cue() == null) {
                out.add(c);
                continue;
            }
            int attributionStart = Math.min(c.mention().span().start(), c.cue().start());
            int attributionEnd = Math.max(c.mention().span().end(), c.cue().end());
            int comma = attributionEnd;
            while (comma < c.content().end() && text.charAt(comma) != ',') comma++; // within the quote: never further
            Span before = trimTail(text, new Span(c.content().start(), attributionStart));
            Span after = comma >= c.content().end() ? null : trimTail(text, new Span(comma + 1, c.content().end()));
            if (before == null || after == null || wordCount(text, before) < MIN_PART_WORDS || wordCount(text, after) < MIN_PART_WORDS) {
                out.add(c);
                continue;
            }
            out.add(new QuoteCandidate(before, kindOf(text, before), c.cue(), c.cueLemma(), c.mention(), c.rule(),
                    c.confidence(), c.sentenceIndex(), c.paragraphIndex(), false));
            out.add(new QuoteCandidate(after, kindOf(text, after), c.cue(), c.cueLemma(), c.mention(), c.rule(),
                    c.confidence(), c.sentenceIndex(), c.paragraphIndex(), false));
        }
        return out;
    }

    private static final int MIN_PART_WORDS = 3;

    /**
     * A pull quote: a paragraph of someone's words signed with their name, and perhaps their role, as its last
     * sentence ("It's very bad for our seniors. Rod Peters, Lake Cowichan mayor"). The name must start with a
     * known given name; the words before it are the quote.
     */
    private QuoteCandidate signedPullQuote(String text, List<Sentence> sentences, TokenText[] views, int firstSentence,
                                           Paragraph p, DisjointSpans directOuter) {
        int last = -1;
        int first = -1;
        for (int s = firstSentence; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            if (span.start() >= p.span().end()) break;
            if (span.end() <= p.span().start()) continue;
            if (first < 0) first = s;
            last = s;
        }
        if (last <= first) return null;
        TokenText t = view(text, sentences, views, last);
        int n = t.size();
        if (n < 2 || n > MAX_SIGNATURE_TOKENS || !t.isCapitalized(0) || lex.gender(t.lower(0)) == 0) return null;
        int nameEnd = 0;
        while (nameEnd + 1 < n && t.isCapitalized(nameEnd + 1)) nameEnd++;
        if (nameEnd < 1 || nameEnd > 3) return null; // two to four capitalised words
        int k = nameEnd + 1;
        if (k < n && t.isPunct(k, ',')) { // the role: a few words, no verb, no sentence of its own
            for (k = k + 1; k < n; k++) {
                if (!t.isWord(k) && !t.isPunct(k, '.') && !t.isPunct(k, '-') && !t.isPunct(k, ',')) return null;
                if (lex.cue(t.lower(k)) != null) return null; // "Hugh Hill, a doctor, said ...": an attribution, not a signature
                if (t.isPunct(k, '.') && k < n - 1) return null;
            }
        } else if (k < n && !(k == n - 1 && t.isPunct(k, '.'))) {
            return null;
        }
        // "... then-Sen. Barack Obama.": a sentence cut at a title, not a signature
        if (endsWithTitle(view(text, sentences, views, last - 1))) return null;
        Span content = trim(text, new Span(Math.max(sentences.get(first).span().start(), p.span().start()),
                sentences.get(last - 1).span().end()));
        if (content == null || wordCount(text, content) < MIN_PULL_QUOTE_WORDS || directOuter.overlaps(content)) return null;
        Mention m = mentions.after(t, 0);
        if (m == null || m.kind() != Mention.Kind.NAME || m.type() != quotestance.model.SpeakerType.PERSON) return null;
        return new QuoteCandidate(content, kindOf(text, content), null, null, m, AttributionRule.DIRECT_SIGNED, 0.75, first, p.index(), false);
    }

    private boolean endsWithTitle(TokenText t) {
        int k = t.size() - 1;
        if (k >= 0 && t.isPunct(k, '.')) k--;
        if (k < 0) return false;
        String w = t.word(k);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        String last = w.substring(w.lastIndexOf('-') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && lex.isTitle(last.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A paragraph that opens with a person's name and a colon: a transcript's turn ("KATE BOLD: Why not debate?") or
     * a headline's quote ("Ana Ruiz: 'We Will Not Retreat'"). The name must start with a known given name. A
     * quotation the paragraph holds with no speaker of its own takes the label's.
     */
    private QuoteCandidate labelled(String text, List<Sentence> sentences, TokenText[] views, int firstSentence,
                                    Paragraph p, List<QuoteCandidate> out, DisjointSpans directOuter) {
        if (firstSentence >= sentences.size() || sentences.get(firstSentence).span().start() >= p.span().end()) return null;
        TokenText t = view(text, sentences, views, firstSentence);
        if (t.size() < 4 || t.start(0) < p.span().start() || lex.gender(t.lower(0)) == 0) return null;
        int colon = 1;
        while (colon < t.size() && colon <= 4 && t.isWord(colon) && t.isCapitalized(colon)) colon++;
        if (colon < 2 || colon > 4 || colon + 1 >= t.size() || !t.isPunct(colon, ':')) return null;
        Mention m = mentions.after(t, 0);
        if (m == null || m.kind() != Mention.Kind.NAME || t.tokenAtOrAfter(m.span().end()) != colon) return null;
        if (m.type() != quotestance.model.SpeakerType.PERSON) { // "KATE BOLD:": capitals make no acronym of a given name
            m = new Mention(m.span(), m.name(), m.titles(), m.kind(), quotestance.model.SpeakerType.PERSON,
                    lex.gender(t.lower(0)), m.head(), m.rule());
        }
        int a = t.end(colon);
        int b = p.span().end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        boolean marked = a < b && isQuoteChar(text.charAt(a));
        while (a < b && (Character.isWhitespace(text.charAt(a)) || isQuoteChar(text.charAt(a)))) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || isQuoteChar(text.charAt(b - 1)))) b--;
        if (b <= a) return null;
        Span content = new Span(a, b);
        if (wordCount(text, content) < MIN_LABELLED_WORDS) return null;
        for (int i = out.size() - 1; i >= 0 && out.get(i).paragraphIndex() == p.index(); i--) {
            QuoteCandidate c = out.get(i);
            if (!c.content().overlaps(content)) continue;
            if (c.mention() != null) return null; // the quotation has its own speaker
            out.set(i, new QuoteCandidate(c.content(), c.kind(), null, null, m, AttributionRule.DIRECT_LABEL, 0.8, c.sentenceIndex(),
                    c.paragraphIndex(), false));
            return null;
        }
        if (directOuter.overlaps(content)) return null;
        QuoteKind kind = marked ? QuoteKind.DIRECT : kindOf(text, content);
        return new QuoteCandidate(content, kind, null, null, m, AttributionRule.DIRECT_LABEL, 0.8, firstSentence, p.index(), false);
    }

    /**
     * A short quotation that follows another in the same sentence with only a comma or "and" between them: one
     * term of a list of quoted words, as the one before it.
     */
    private static boolean listedAfter(String text, Quotation previous, Quotation q, int sentenceStart, Span content) {
        if (previous == null || !previous.closed() || previous.closeMark().end() <= sentenceStart) return false;
        String between = text.substring(previous.closeMark().end(), q.openMark().start()).strip();
        boolean joined = between.isEmpty() || between.equals(",") || between.equals("and") || between.equals("or")
                || between.equals(", and") || between.equals(", or");
        return joined && wordCount(text, content) <= 4 && wordCount(text, previous.content()) <= 4;
    }

    /** Whether a word (a letter or digit) comes next after {@code from}, before {@code end}, past spaces only. */
    private static boolean wordFollows(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') i++;
        return i < end && Character.isLetterOrDigit(text.charAt(i));
    }

    private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private static boolean isQuoteChar(char c) {
        return "\"'`\u2018\u2019\u201C\u201D\u00AB\u00BB".indexOf(c) >= 0;
    }

    private static final int MIN_LABELLED_WORDS = 3;
    private static final int MAX_SIGNATURE_TOKENS = 14;
    private static final int MIN_PULL_QUOTE_WORDS = 6;

    private TokenText view(String normalized, List<Sentence> sentences, TokenText[] views, int i) {
        if (views[i] == null) views[i] = new TokenText(normalized, sentences.get(i));
        return views[i];
    }

    // ---------------------------------------------------------------- direct quotes

    /** @param previous the quotation before {@code q} in its paragraph, or null */
    private QuoteCandidate direct(String text, List<Sentence> sentences, TokenText[] views, int si, Paragraph p,
                                  Quotation q, Quotation previous, BitSet usedCues) {
        Span content = trim(text, q.content());
        if (content == null || wordCount(text, content) < 1) return null;
        Sentence sentence = sentences.get(si);
        int sentenceStart = Math.max(sentence.span().start(), p.span().start());
        int preStart = previous != null && previous.closed() && previous.closeMark().end() > sentenceStart
                ? previous.closeMark().end() : sentenceStart;
        String pre = text.substring(Math.min(preStart, q.openMark().start()), q.openMark().start()).strip();
        TokenText t = view(text, sentences, views, si);
        boolean closed = q.closed();
        boolean continues = !closed; // a paragraph left open: the quotation goes on in the next one

        // `... wrote on X. "No to ..."`: the splitter took "X." for an initial; the quotation is a sentence of its own
        boolean ownSentence = !pre.isEmpty() && newSentenceAfter(pre, text, content);
        boolean embedded = !pre.isEmpty() && !pre.endsWith(":") && !pre.endsWith("\u2014") && !pre.endsWith("-")
                && !(pre.endsWith(",") && hasCue(t, preStart, q.openMark().start())) && !ownSentence
                || listedAfter(text, previous, q, sentenceStart, content); // `"grapple," "optics," "eschew"`
        // attribution after the closing mark: "...," said Ayoub / "...," Ayoub said / "..." - Hill
        if (closed && !embedded) {
            QuoteCandidate after = attributionAfter(text, sentences, views, si, q, content, p.index(), usedCues);
            if (after != null) return after;
        }
        // attribution before the opening mark: Hill said: "..." / He said, "..."
        boolean standalone = !embedded;
        int cueTok = cueBefore(t, q.openMark().start(), preStart);
        boolean glued = cueTok >= 0 && endsWithCue(t, cueTok, q.openMark().start()); // blamed "far-left activists"
        // `concluded that "it was an insult" to the colonel`: the clause goes on after the quotation, which is a
        // fragment of a mixed quote, not a direct one
        boolean clauseGoesOn = closed && wordFollows(text, q.closeMark().end(), sentence.span().end())
                && Character.isLetterOrDigit(text.charAt(content.end() - 1)); // not `"...," and added`
        if (cueTok >= 0 && (pre.endsWith(":") || pre.endsWith(",") || glued && wordCount(text, content) >= 4 && !clauseGoesOn)) {
            Mention m = subjectOf(t, cueTok);
            if (m != null || previous != null) {
                usedCues.set(t.start(cueTok));
                return new QuoteCandidate(content, QuoteKind.DIRECT, cueSpan(t, cueTok), cueLemma(t, cueTok), m,
                        AttributionRule.DIRECT_CUE_BEFORE, m == null ? 0.7 : 0.92, si, p.index(), continues);
            }
        }
        if (cueTok < 0 && pre.endsWith(":")) { // "Dave Martell, a family doctor, is more blunt: \"...\""
            Mention subject = sentenceSubject(t, t.tokenBefore(q.openMark().start()));
            if (subject != null && subject.kind() != Mention.Kind.DESCRIPTION) {
                return new QuoteCandidate(content, QuoteKind.DIRECT, null, null, subject, AttributionRule.DIRECT_COLON_AFTER_SUBJECT, 0.75,
                        si, p.index(), continues);
            }
        }
        if (!standalone) {
            // embedded in a sentence of the author's: a mixed quote's fragment or a term in scare quotes, unless long
            if (wordCount(text, content) < 8 || !Character.isUpperCase(firstLetter(text, content))) return null;
        }
        // a few words in marks with no cue are terms or titles ("platform," "ghosting," ...), not statements
        if (wordCount(text, content) <= 3 && (!pre.isEmpty() && !ownSentence || endsWithComma(text, content))) return null; // "yeet," "grapple,"
        if (!closed && !pre.isEmpty() && !pre.endsWith(":")) {
            if (wordCount(text, content) < 8) return null; // a stray opening mark inside a sentence
        }
        return new QuoteCandidate(content, QuoteKind.DIRECT, null, null, null, AttributionRule.DIRECT_FLOATING, 0.6, si, p.index(), continues);
    }

    private boolean hasCue(TokenText t, int from, int to) {
        for (int j = Math.max(0, t.tokenAtOrAfter(from)); j < t.size() && t.start(j) < to; j++) {
            Lexicons.CueWord c = lex.cue(t.lower(j));
            if (c != null && c.speech() || t.is(j, "according")) return true;
        }
        return false;
    }

    private QuoteCandidate attributionAfter(String text, List<Sentence> sentences, TokenText[] views, int si, Quotation q,
                                            Span content, int paragraph, BitSet usedCues) {
        int closeEnd = q.closeMark().end();
        int k = si;
        while (k < sentences.size() && sentences.get(k).span().end() < closeEnd) k++;
        if (k >= sentences.size()) return null;
        TokenText t = view(text, sentences, views, k);
        int i = t.tokenAtOrAfter(closeEnd);
        while (i < t.size() && t.start(i) < closeEnd) i++;
        if (i >= t.size()) return attributionInNextSentence(text, sentences, views, k, content, si, paragraph, usedCues);
        if (t.isPunct(i, ',')) i++;
        if (i >= t.size()) return null;
        // "..." - Hill / "..." -- the ministry
        if (t.isPunct(i, '-') || t.word(i).equals("\u2013") || t.word(i).equals("\u2014") || t.word(i).equals("--")) {
            Mention m = mentions.after(t, i + 1);
            if (m != null && m.kind() == Mention.Kind.NAME && endsSoonAfter(t, m)) {
                return new QuoteCandidate(content, QuoteKind.DIRECT, null, null, m, AttributionRule.DIRECT_DASH_NAME, 0.85, si, paragraph, false);
            }
            return null;
        }
        // "...," said Ayoub
        Lexicons.CueWord cw = lex.cue(t.lower(i));
        if (cw != null && cw.speech()) {
            Mention m = mentions.after(t, i + 1);
            usedCues.set(t.start(i));
            return new QuoteCandidate(content, QuoteKind.DIRECT, cueSpan(t, i), cw.lemma(), m,
                    AttributionRule.DIRECT_CUE_AFTER_INVERTED, m == null ? 0.6 : 0.95, si, paragraph, false);
        }
        // "...," Ayoub said / "...," the minister told reporters / "...," he added
        for (int j = i; j < Math.min(t.size(), i + 25); j++) {
            if (t.isQuoteMark(j) || t.isPunct(j, '.') && !MentionParser.abbreviationPoint(t, j) || t.isPunct(j, ';')) break;
            Lexicons.CueWord c = lex.cue(t.lower(j));
            if (c == null || !c.speech()) continue;
            Mention m = mentions.before(t, j);
            if (m == null) {
                if (j == i) break;
                continue;
            }
            int m0 = t.tokenAtOrAfter(m.span().start());
            if (t.is(m0, "who") && laterCueAfterComma(t, j)) continue; // `"...," Cruz, who has proposed X, said`
            // the subject must follow the closing mark, or close an apposition that does ("the board's chief
            // engineer, Tomas Lind, told")
            if (m0 != i && !premodifiers(t, i, m0) && !appositionLead(t, i, m0)) break;
            if (m0 != i) m = mentions.widenLeft(t, m, i); // "volunteer press coordinator Tom Hollis said"
            usedCues.set(t.start(j));
            return new QuoteCandidate(content, QuoteKind.DIRECT, cueSpan(t, j), c.lemma(), m, AttributionRule.DIRECT_CUE_AFTER,
                    m.isPronoun() ? 0.88 : 0.95, si, paragraph, false);
        }
        return null;
    }

    /**
     * "“...,” Tomas Lind said in a radio interview." where the quotation closes its own sentence: the next
     * sentence of the paragraph, when it is only a subject, a speech cue and a short adjunct (no reported
     * clause of its own), attributes it.
     */
    private QuoteCandidate attributionInNextSentence(String text, List<Sentence> sentences, TokenText[] views, int k,
                                                     Span content, int si, int paragraph, BitSet usedCues) {
        if (k + 1 >= sentences.size() || sentences.get(k + 1).paragraphIndex() != sentences.get(k).paragraphIndex()) return null;
        TokenText n = view(text, sentences, views, k + 1);
        for (int j = 1; j < Math.min(n.size(), 8); j++) {
            Lexicons.CueWord c = lex.cue(n.lower(j));
            if (c == null || !c.speech()) continue;
            Mention m = mentions.before(n, j);
            if (m == null || m.isPronoun() || n.tokenAtOrAfter(m.span().start()) != 0) return null;
            int rest = n.size() - j - 1;
            for (int r = j + 1; r < n.size(); r++) {
                if (n.is(r, "that") || n.isQuoteMark(r) || n.isPunct(r, ',') || n.isPunct(r, ':')) return null;
            }
            if (rest > 7 || usedCues.get(n.start(j))) return null;
            usedCues.set(n.start(j));
            return new QuoteCandidate(content, QuoteKind.DIRECT, cueSpan(n, j), c.lemma(), m, AttributionRule.DIRECT_CUE_NEXT_SENTENCE,
                    0.8, si, paragraph, false);
        }
        return null;
    }

    /** Tokens {@code from} to {@code to} are a short phrase and a comma: the head of an apposition. */
    private static boolean appositionLead(TokenText t, int from, int to) {
        if (to - from > 9 || to - from < 2 || !t.isPunct(to - 1, ',')) return false;
        for (int k = from; k < to - 1; k++) {
            if (!t.isWord(k) && !t.word(k).equals("'s") && !t.word(k).equals("\u2019s")) return false;
        }
        return true;
    }

    private static boolean endsWithComma(String text, Span content) {
        int e = content.end();
        while (e > content.start() && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > content.start() && text.charAt(e - 1) == ',';
    }

    /**
     * Whether the tokens [from, to) are a few words that can stand before a mention as its premodifiers: lower-case
     * words, perhaps after an institution's name ("Prairie Voices volunteer press coordinator Tom Hollis"); at most
     * five words, or six in lower case.
     */
    private static boolean premodifiers(TokenText t, int from, int to) {
        boolean lowerOnly = true;
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) return false;
            lowerOnly &= !t.isCapitalized(k);
        }
        return (to - from <= 5 || to - from == 6 && lowerOnly) && (to == from || !t.isCapitalized(to - 1));
    }

    private static boolean endsSoonAfter(TokenText t, Mention m) {
        int after = t.tokenAtOrAfter(m.span().end());
        return after >= t.size() || t.isPunct(after, '.') || t.isPunct(after, ',') || t.isQuoteMark(after);
    }

    /** A speech cue among the tokens between {@code from} and the opening mark at {@code openAt}; -1 if none. */
    private int cueBefore(TokenText t, int openAt, int from) {
        int last = t.tokenBefore(openAt);
        for (int j = last; j >= 0 && t.start(j) >= from; j--) {
            Lexicons.CueWord c = lex.cue(t.lower(j));
            if (c != null && c.speech()) return j;
            if (j < last - 12) break;
        }
        return accordingToAt(t, Math.max(0, t.tokenAtOrAfter(from)), last);
    }

    /** The words before the quotation end a sentence, and the quotation opens with a capital: it is a sentence of its own. */
    private static boolean newSentenceAfter(String pre, String text, Span content) {
        char last = pre.charAt(pre.length() - 1);
        if (last != '.' && last != '!' && last != '?') return false;
        return content.start() < content.end() && Character.isUpperCase(text.charAt(content.start()));
    }

    /** The cue stands right before the opening mark, or with only "that" between ("Wang said that \"..."). */
    private static boolean endsWithCue(TokenText t, int cue, int openAt) {
        int before = t.tokenBefore(openAt);
        return before == cue || before == cue + 1 && t.is(before, "that");
    }

    private Mention subjectOf(TokenText t, int cue) {
        if (t.is(cue, "according")) return mentions.after(t, cue + 2);
        if (cue >= 3 && t.is(cue - 1, "as")) { // "the agency quoted the minister as saying: "...""
            Mention quoted = quotedAs(t, cue - 1);
            if (quoted != null) return quoted;
        }
        Mention m = mentions.before(t, cue);
        if (m != null) return m;
        Lexicons.CueWord c = lex.cue(t.lower(cue));
        return c != null && c.inverted() ? mentions.after(t, cue + 1) : null;
    }

    /**
     * Cue words in a use that reports nothing: "the index added 0.4 per cent", "he pleaded guilty", "she
     * screamed and banged the wall" (the words after the cue coordinate another verb, not a clause).
     */
    private static boolean notAStatement(TokenText t, int cue, int afterCue, String lemma) {
        if (cue + 1 >= t.size()) return false;
        if (lemma.equals("add") && Character.isDigit(t.word(cue + 1).charAt(0))) return true;
        if (lemma.equals("plead") && (t.is(cue + 1, "guilty") || t.is(cue + 1, "not") || t.is(cue + 1, "no"))) return true;
        return afterCue == cue + 1 && (t.is(afterCue, "and") || t.is(afterCue, "or"));
    }

    /**
     * "WATCH: Sanders says talks go on", "READ MORE: Trudeau says ...": a web page's link to another story,
     * carried into the text with its headline. The headline reports speech, but not in this article.
     */
    static boolean isLinkToAnotherStory(String text, Sentence sentence) {
        int start = sentence.span().start();
        int limit = Math.min(sentence.span().end(), start + 17); // the labels are short: never scan further
        for (int i = start; i < limit; i++) {
            if (text.charAt(i) == ':') return LINK_LABELS.contains(text.substring(start, i).strip());
        }
        return false;
    }

    private static final Set<String> LINK_LABELS = WordLists.load("quotes/link-labels");

    /** The token where "according to" starts between {@code from} and {@code to}; -1 if none. */
    private static int accordingToAt(TokenText t, int from, int to) {
        for (int j = from; j < to && j + 1 < t.size(); j++) {
            if (t.is(j, "according") && t.is(j + 1, "to")) return j;
        }
        return -1;
    }

    // ---------------------------------------------------------------- reported speech

    private void reported(String text, List<Sentence> sentences, TokenText[] views, int s, BitSet usedCues,
                          DisjointSpans directOuter, List<QuoteCandidate> out) {
        Sentence sentence = sentences.get(s);
        if (isLinkToAnotherStory(text, sentence)) return;
        TokenText t = null;
        Mention lastSubject = null;
        int lastContentIndex = -1;
        int n = sentence.tokens().size();
        for (int i = 0; i < n; i++) {
            int start = sentence.tokens().start(i);
            if (usedCues.get(start)) continue;
            char c0 = text.charAt(start);
            if (!Character.isLetter(c0)) continue;
            if (t == null) t = view(text, sentences, views, s);
            String w = t.lower(i);
            boolean according = w.equals("according") && t.is(i + 1, "to")
                    || w.equals("as") && t.is(i + 1, "reported") && t.is(i + 2, "by"); // "As reported by X, ..."
            Lexicons.CueWord cw = according ? Lexicons.CueWord.SOURCE : lex.cue(w);
            if (cw == null) continue;
            if (directOuter.holds(start)) continue;
            QuoteCandidate c = according ? accordingTo(text, t, s, i, sentence)
                    : reportedAt(text, t, s, i, cw, sentence, lastSubject);
            if (c == null) continue;
            if (directOuter.overlaps(c.content())) {
                c = trimAgainstDirect(text, directOuter, c);
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
                            || isParticiple(t.lower(ci)) && t.isPunct(ci - 1, ','));
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
                    Span shortened = end > prev.content().start() ? trimTail(text, new Span(prev.content().start(), end)) : null;
                    if (shortened == null || wordCount(text, shortened) < 2) {
                        out.remove(lastContentIndex);
                    } else {
                        out.set(lastContentIndex, new QuoteCandidate(shortened, kindOf(text, shortened), prev.cue(), prev.cueLemma(),
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
            content = clause(text, t, k + 1, sentence);
        } else if (i > 0 && t.isPunct(i - 1, ',')) {
            // CLAUSE, according to X. / CLAUSE, according to X, CLAUSE.
            content = trimTail(text, new Span(sentence.span().start(), t.start(i - 1)));
            if (afterMention < t.size() && t.isPunct(afterMention, ',') && content != null) {
                Span rest = clause(text, t, afterMention + 1, sentence);
                // "But, according to the poll, ...", "..., because, according to Trump, ...": the source vouches
                // for the clause after it only
                boolean afterOnly = i >= 2 && LINKING_WORDS.contains(t.lower(i - 2));
                if (rest != null && (afterOnly || !attributionAdjunct(t, afterMention + 1, true))) {
                    content = afterOnly ? rest : new Span(content.start(), rest.end());
                }
            }
        } else {
            return null;
        }
        if (content == null || wordCount(text, content) < 3) return null;
        return new QuoteCandidate(content, kindOf(text, content), cue, "accord to", m, AttributionRule.REPORTED_ACCORDING_TO, 0.8,
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
        Span content = clause(text, t, k, sentence);
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

    private static final java.util.Map<String, Float> VALENCE = quotestance.stance.Valences.shared();
    private static final Set<String> NAMING_BLOCKERS = WordLists.load("quotes/naming-blockers"); // "men calling themselves X": a self-description
    private static final Set<String> PREPOSITIONS = WordLists.load("quotes/prepositions");

    /** What follows the cue is no clause but a lone object ("said them, but ...", "said so."). */
    private static boolean noClause(TokenText t, int k) {
        if (k >= t.size()) return false;
        String w = t.lower(k);
        // but `said it "takes all precautions"`: a quotation after the pronoun goes on with the clause
        return LONE_OBJECTS.contains(w) && (k + 1 >= t.size() || !t.isWord(k + 1) && !t.isQuoteMark(k + 1));
    }

    private static final Set<String> LONE_OBJECTS = WordLists.load("quotes/lone-objects");

    private static boolean isParticiple(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.participle();
    }

    private static boolean coordinatedCue(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.coordinated();
    }

    private static boolean speechCue(String lowerWord) {
        Lexicons.CueWord c = Lexicons.get().cue(lowerWord);
        return c != null && c.speech() && c.inverted();
    }

    /** Whether a subject and a speech cue open the words at {@code k} ("Scheer insists", "but the chiefs say"). */
    private static boolean nextAttribution(TokenText t, int k) {
        for (int j = k; j < Math.min(t.size(), k + 5); j++) {
            // "... but that it would add ...", "... but also because he denied ...": the clause's own verbs
            if (!t.isWord(j) || VERB_LEADS.contains(t.lower(j)) || SUBORDINATORS.contains(t.lower(j)) || RELATIVE_PRONOUNS.contains(t.lower(j))) return false;
            Lexicons.CueWord c = Lexicons.get().cue(t.lower(j));
            // "... and are asked to work nights": a passive reports nothing,
            // and "... and other buyers who agreed to ...": a relative clause's verb, not a new attribution
            if (c != null && c.speech()) return j > k && !BE_FORMS.contains(t.lower(j - 1)) && !RELATIVE_PRONOUNS.contains(t.lower(j - 1));
        }
        return false;
    }

    /**
     * The source named after "according to" when it is no name or role ("police", "exit polls", "recent data"):
     * the words up to the next comma or the sentence's end, when there are few of them.
     */
    private static Mention sourcePhrase(TokenText t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX_SOURCE_WORDS && (t.isWord(k) || t.is(k, "'s") || t.is(k, "&") || t.is(k, "-"))) k++;
        boolean ends = k >= t.size() || t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';');
        if (!ends || k == from || !t.isWord(k - 1)) return null;
        // a document is the channel of whoever wrote it ("according to the post", "... to preliminary findings"): it
        // names no speaker, and the writer is not in the phrase
        for (int w = from; w < k; w++) if (CHANNEL_WORDS.contains(t.lower(w)) || DOCUMENT_NOUNS.contains(t.lower(w))) return null;
        return new Mention(new Span(t.start(from), t.end(k - 1)), null, List.of(), Mention.Kind.DESCRIPTION,
                quotestance.model.SpeakerType.UNKNOWN, (char) 0, t.lower(k - 1), MentionRule.SOURCE_PHRASE);
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
            else if (possessive >= 0 && (CHANNEL_WORDS.contains(w) || DOCUMENT_NOUNS.contains(w) || REPORT_NOUNS.contains(w))) {
                Mention owner = mentions.before(t, possessive + 1);
                if (owner != null && t.tokenAtOrAfter(owner.span().start()) >= from) return owner.withRule(MentionRule.DOCUMENT_OWNER);
                // "the city's": the possessor as written, without its "'s"
                String head = t.lower(possessive);
                head = head.substring(0, head.length() - 2);
                if (head.isEmpty()) return null;
                return new Mention(new Span(t.start(from), t.end(possessive) - 2), null, List.of(), Mention.Kind.DESCRIPTION,
                        lex.isOrganization(head) ? quotestance.model.SpeakerType.ORGANIZATION : quotestance.model.SpeakerType.UNKNOWN,
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
        Span cue = cueSpan(t, i);
        String lemma = cw.lemma();
        if (cw.nounLike() && !usedAsVerb(t, i)) return null; // "the annual report that came out"
        if (negatedOrPassive(t, i)) return null; // "did not say", "has been praised": nothing was said
        if (comparedWith(t, i)) return null; // "higher than the council says they are": the clause is elided
        Mention subject = mentions.before(t, i);
        if (subject != null) {
            int m0 = t.tokenAtOrAfter(subject.span().start());
            if (m0 > 0 && RELATIVE_PRONOUNS.contains(t.lower(m0 - 1)) && cw.speech() && i + 1 < t.size()
                    && FINITE_AUXILIARIES.contains(t.lower(i + 1))) {
                // "six deaths that Lohmar said are unrelated": the relative clause's verb phrase is what was said
                Span content = clause(text, t, i + 1, sentence);
                if (content != null && wordCount(text, content) >= 2) {
                    return new QuoteCandidate(content, kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_RELATIVE_CLAUSE,
                            0.6, s, sentence.paragraphIndex(), false);
                }
            }
            if (m0 > 0 && t.is(m0 - 1, "what") && cw.speech() && i + 2 < t.size() && BE_FORMS.contains(t.lower(i + 1))) {
                // "what officials say is Kim's birthday": what follows the verb is what was said
                Span content = clause(text, t, i + 2, sentence);
                if (content != null && wordCount(text, content) >= 2) {
                    return new QuoteCandidate(content, kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_RELATIVE_CLAUSE,
                            0.6, s, sentence.paragraphIndex(), false);
                }
            }
            // "what the department told", "asked whether he said"; but "when she said ..." and "where he said ..." report
            if (m0 > 0 && WH_WORDS.contains(t.lower(m0 - 1)) && !t.is(m0 - 1, "when") && !t.is(m0 - 1, "where")) return null;
        }
        if (i >= 3 && t.is(i - 1, "as") && cw.participle()) {
            // "state television quoted President X as saying (that) ...": the one quoted said it, not the channel
            Mention quoted = quotedAs(t, i - 1);
            if (quoted != null) {
                int afterCue = afterCueStart(t, i, cw);
                Span content = afterCue < 0 || clauseEnds(t, afterCue) ? null : clause(text, t, afterCue, sentence);
                if (content == null || wordCount(text, content) < 2) return null;
                return new QuoteCandidate(content, kindOf(text, content), cue, lemma, quoted, AttributionRule.REPORTED_QUOTED_AS_SAYING,
                        0.8, s, sentence.paragraphIndex(), false);
            }
        }
        boolean participle = cw.participle();
        if (participle && subject != null && (subject.kind() == Mention.Kind.DESCRIPTION && CHANNEL_WORDS.contains(subject.head())
                || TIME_WORDS.contains(t.lower(t.tokenAtOrAfter(subject.span().end()) - 1)))) {
            // "the ministry issued a statement saying ...", "... a notice Tuesday saying": the statement is the
            // channel and Tuesday its date; the issuer, the sentence's subject, is the speaker
            Mention issuer = sentenceSubject(t, t.tokenAtOrAfter(subject.span().start()));
            subject = issuer != null ? issuer : lastSubject != null ? lastSubject : subject;
        }
        if (subject == null && participle) {
            int p = i - 1;
            while (p > 0 && TIME_WORDS.contains(t.lower(p))) p--;
            if (p > 0 && CHANNEL_WORDS.contains(t.lower(p)) && !t.isCapitalized(p)) {
                // "posted a notice Tuesday saying ...": no mention names the notice, and its issuer spoke
                Mention issuer = sentenceSubject(t, p);
                if (issuer != null) subject = issuer;
            }
        }
        if (subject == null && participle && i > 0 && (t.isPunct(i - 1, ',') || i > 1 && t.isQuoteMark(i - 1) && t.isPunct(i - 2, ','))) {
            subject = lastSubject != null ? lastSubject : sentenceSubject(t, i);
        }
        if (subject == null && participle && i > 0 && GERUND_PREPOSITIONS.contains(t.lower(i - 1))) {
            // "Trump landed in hot water by saying that ...", "after saying her foot was swollen"
            subject = lastSubject != null ? lastSubject : sentenceSubject(t, i - 1);
        }
        if (subject == null && i > 0 && t.is(i - 1, "and") && lastSubject != null) subject = lastSubject;
        if (subject == null && i >= 2 && t.is(i - 1, "also") && t.is(i - 2, "and") && lastSubject != null) subject = lastSubject;
        if (subject == null && !participle) {
            // "The senator survived prison and says ...", "..., but in a later interview said ...": the second verb of
            // the sentence's subject
            int and = coordinatorBefore(t, i);
            if (and > 0) subject = sentenceSubject(t, and);
        }
        if (subject != null && !cw.speech() && subject.kind() == Mention.Kind.DESCRIPTION && subject.type() != quotestance.model.SpeakerType.PERSON) {
            subject = null; // "polls show", "the data found" attribute to no one we can name
        }
        if (subject != null) {
            int mStart = t.tokenAtOrAfter(subject.span().start());
            boolean subjectAfterComma = mStart > 0 && t.isPunct(mStart - 1, ',')
                    || mStart > 1 && t.isQuoteMark(mStart - 1) && t.isPunct(mStart - 2, ','); // `standards," a spokeswoman said`
            int afterCue = afterCueStart(t, i, cw);
            if (afterCue < 0 && lemma.equals("call")) {
                Span named = naming(text, t, i, sentence);
                return named == null ? null : new QuoteCandidate(named, kindOf(text, named), cue, lemma, subject,
                        AttributionRule.REPORTED_NAMING, 0.6, s, sentence.paragraphIndex(), false);
            }
            if (afterCue < 0 || notAStatement(t, i, afterCue, lemma) || noClause(t, afterCue)) return null;
            boolean commaAfter = afterCue > i + 1 && t.isPunct(afterCue - 1, ',');
            if (subjectAfterComma && mStart > 1 && (commaAfter || clauseEnds(t, afterCue) || trailingPhrase(t, afterCue))) {
                // CLAUSE, X said. or CLAUSE, X said, CLAUSE.
                int commaAt = t.isPunct(mStart - 1, ',') ? mStart - 1 : mStart - 2;
                Span before = trimTail(text, new Span(sentence.span().start(), t.isQuoteMark(mStart - 1) ? t.end(mStart - 1) : t.start(commaAt)));
                int minWords = commaAfter ? 1 : 3;
                if (before != null && wordCount(text, before) >= minWords && !participle && !circumstanceOnly(text, t, before)) {
                    Span content = before;
                    AttributionRule rule = AttributionRule.REPORTED_CLAUSE_BEFORE_SUBJECT;
                    if (commaAfter && afterCue < t.size() && !clauseEnds(t, afterCue) && !attributionAdjunct(t, afterCue, false)) {
                        Span rest = clause(text, t, afterCue, sentence);
                        if (rest != null) {
                            content = new Span(before.start(), rest.end());
                            rule = AttributionRule.REPORTED_PARENTHETICAL;
                        }
                    }
                    return new QuoteCandidate(content, kindOf(text, content), cue, lemma, subject, rule,
                            cw.speech() ? 0.82 : 0.5, s, sentence.paragraphIndex(), false);
                }
            }
            if (!clauseEnds(t, afterCue)) {
                Span content = clause(text, t, afterCue, sentence);
                // a belief or finding counts only with its "that" clause ("thought that ...", not "thought about");
                // so do verbs that take a plain object as often as a statement ("denied the report", "added a goal")
                boolean needsThat = !cw.speech() || cw.needsThat()
                        || lemma.equals("add") && !(subject.isPronoun() && subject.gender() != 0 || subject.type() == quotestance.model.SpeakerType.PERSON);
                boolean infinitive = cw.infinitive() && t.is(afterCue, "to");
                boolean pronounClause = afterCue < t.size() && SUBJECT_PRONOUNS.contains(t.lower(afterCue)) && cw.speech();
                // verbs that as often take a thing ("wrote a letter", "snapped a streak", "yelled at") report a
                // statement only when a clause follows, with its own finite verb; "questioned the plan" and "demanded
                // changes" stay: they take a stance toward their object
                boolean clauseNeeded = cw.objectOrClause() && !startsWithThat(t, afterCue) && !infinitive
                        && !pronounClause && !finiteVerbWithin(t, afterCue, FINITE_VERB_WINDOW);
                if (content != null && wordCount(text, content) >= 2 && !clauseNeeded && !circumstanceOnly(text, t, content)
                        && (!needsThat || startsWithThat(t, afterCue) || infinitive || pronounClause)) {
                    double conf = cw.speech() ? (lemma.equals("say") || lemma.equals("tell") ? 0.85 : 0.75) : 0.45;
                    return new QuoteCandidate(content, kindOf(text, content), cue, lemma, subject, AttributionRule.REPORTED_CLAUSE_AFTER_CUE,
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
            if (next < t.size() && (FINITE_AUXILIARIES.contains(t.lower(next)) || BE_FORMS.contains(t.lower(next)))) return null;
            Span before = trimTail(text, new Span(sentence.span().start(), t.start(i - 1)));
            if (before == null || wordCount(text, before) < 3) return null;
            return new QuoteCandidate(before, kindOf(text, before), cue, lemma, m, AttributionRule.REPORTED_CLAUSE_BEFORE_INVERTED,
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
            if (PHRASE_PREPOSITIONS.contains(t.lower(p))) return t.is(p - 1, "and") || t.is(p - 1, "but") ? p - 1 : -1;
        }
        return -1;
    }

    private static final Set<String> COORDINATED_ADVERBS = WordLists.load("quotes/coordinated-adverbs");
    private static final Set<String> PHRASE_PREPOSITIONS = WordLists.load("quotes/phrase-prepositions");

    /** The noun phrase that opens the sentence, when it does ("BC Hydro reminded customers ..., saying ..."). */
    private Mention sentenceSubject(TokenText t, int before) {
        int k = 0;
        if (k < before && t.isQuoteMark(k)) { // `"...," he said, insisting that`: the subject follows the quotation
            int close = k + 1;
            while (close < before && !t.isQuoteMark(close)) close++;
            k = close + 1;
            while (k < before && !t.isWord(k)) k++;
            Lexicons.CueWord cue = k < before ? lex.cue(t.lower(k)) : null;
            if (cue != null && cue.inverted()) { // `"...," said Devine, suggesting that`: the speaker follows the cue
                Mention m = mentions.after(t, k + 1);
                return m != null && t.tokenAtOrAfter(m.span().end()) < before ? m : null;
            }
        }
        while (k < before && !t.isWord(k)) k++;
        k = afterDateline(t, k, before);
        if (k < before && SUBORDINATORS.contains(t.lower(k)) && !PHRASE_PREPOSITIONS.contains(t.lower(k))) return null; // "Because ..."
        if (k < before && (PHRASE_PREPOSITIONS.contains(t.lower(k)) || TIME_WORDS.contains(t.lower(k)))) {
            // "In an interview with CNBC, Pompeo ...": the subject follows the opening phrase
            int comma = k;
            while (comma < before && !t.isPunct(comma, ',')) comma++;
            k = comma + 1;
        }
        if (k >= before) return null;
        Mention m = mentions.after(t, k);
        if (m == null) m = describedSubject(t, k, before);
        if (m == null || t.tokenAtOrAfter(m.span().end()) >= before) return null;
        return possessorsPart(t, m, before);
    }


    /**
     * Whether the noun-like cue at {@code i} is a verb here: after a plural subject ("tenants report they ..."),
     * closing the sentence ("..., researchers report."), or before "that" and a clause's subject ("the Post reports
     * that the ..."; not a relative's verb, as in "reports that list spending").
     */
    private static boolean usedAsVerb(TokenText t, int i) {
        String before = i > 0 ? t.lower(i - 1) : "";
        boolean pluralSubject = t.is(i, "report") && i > 0 && t.isWord(i - 1) && !t.isCapitalized(i - 1)
                && before.length() > 3 && before.endsWith("s") && !before.endsWith("ss");
        boolean closesSentence = i + 1 < t.size() && t.isPunct(i + 1, '.');
        boolean thatClause = t.is(i + 1, "that") && i + 2 < t.size() && (t.isCapitalized(i + 2)
                || CLAUSE_LEADS.contains(t.lower(i + 2)) || Character.isDigit(t.word(i + 2).charAt(0)));
        return pluralSubject || closesSentence || thatClause;
    }

    /** Whether "than" opens the few words before the cue at {@code i} ("higher than town records say"). */
    private static boolean comparedWith(TokenText t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (!t.isWord(k)) return false;
            if (t.is(k, "than")) return true;
        }
        return false;
    }

    /** "On Saturday", "In a statement", "for years": a phrase of time or place alone, which nobody said. */
    private static boolean circumstanceOnly(String text, TokenText t, Span phrase) {
        int first = t.tokenAtOrAfter(phrase.start());
        int last = t.tokenAtOrAfter(phrase.end()) - 1;
        for (int k = first; k <= last && k < t.size(); k++) if (MentionParser.FINITE_VERBS.contains(t.lower(k))) return false;
        return first < t.size() && (CIRCUMSTANCE_OPENERS.contains(t.lower(first)) || TIME_WORDS.contains(t.lower(first)))
                && wordCount(text, phrase) <= 4;
    }

    private static final Set<String> CIRCUMSTANCE_OPENERS = WordLists.load("quotes/circumstance-openers");

    /**
     * "The judge spoke out on the plan, saying ...": a determiner, up to three lower-case words and then a verb;
     * the description no lexicon lists is the subject. Null otherwise.
     */
    private Mention describedSubject(TokenText t, int k, int before) {
        if (!(t.is(k, "the") || t.is(k, "a") || t.is(k, "an"))) return null;
        for (int h = k + 1; h < Math.min(before - 1, k + 4); h++) {
            if (!t.isWord(h) || t.isCapitalized(h) || lex.cue(t.lower(h)) != null) return null;
            String next = t.lower(h + 1);
            boolean verb = next.length() > 3 && next.endsWith("ed") || MentionParser.FINITE_VERBS.contains(next)
                    || lex.cue(next) != null;
            if (verb && !t.isCapitalized(h + 1)) {
                return new Mention(new Span(t.start(k), t.end(h)), null, List.of(), Mention.Kind.DESCRIPTION,
                        quotestance.model.SpeakerType.UNKNOWN, (char) 0, t.lower(h), MentionRule.DESCRIBED_SUBJECT);
            }
        }
        return null;
    }

    /**
     * "The foreign ministry's travel office": the office, when the mention is a possessor and a lower-case
     * institution or role noun follows it; the mention itself otherwise.
     */
    private Mention possessorsPart(TokenText t, Mention m, int before) {
        String written = t.lower(t.tokenAtOrAfter(m.span().end()) - 1);
        if (!written.endsWith("'s") && !written.endsWith("\u2019s")) return m;
        int j = t.tokenAtOrAfter(m.span().end());
        int head = -1;
        for (int k = j; k < Math.min(before, j + 4) && t.isWord(k) && !t.isCapitalized(k); k++) {
            if (lex.isOrganization(t.lower(k)) || lex.isRole(t.lower(k))) head = k;
        }
        if (head < 0) return m;
        Mention whole = mentions.before(t, head + 1);
        return whole != null && whole.span().start() <= m.span().start() ? whole : m;
    }

    /**
     * The token after a dateline that opens the sentence ("RIYADH —", "TEHRAN (AP) --", "JERUSALEM (Reuters) -"):
     * a place in capitals and a dash within a few tokens. {@code k} when there is none.
     */
    private static int afterDateline(TokenText t, int k, int before) {
        if (k >= before || !t.isWord(k) || t.word(k).length() < 3 || !t.word(k).equals(t.word(k).toUpperCase(java.util.Locale.ROOT))) return k;
        for (int d = k + 1; d < Math.min(before, k + 8); d++) {
            String w = t.word(d);
            if (w.equals("\u2014") || w.equals("\u2013") || w.equals("--") || w.equals("-")) return d + 1;
            if (t.isPunct(d, '.') || t.isQuoteMark(d)) return k;
        }
        return k;
    }

    /** The mention between "quoted" and the "as" at {@code as} ("quoted the minister as saying"); null when none. */
    private Mention quotedAs(TokenText t, int as) {
        if (as >= 3 && t.is(as - 1, "quoted") && BE_FORMS.contains(t.lower(as - 2))) {
            return mentions.before(t, as - 2); // "He was quoted as saying (by local media) that ...": the subject
        }
        for (int k = as - 1; k >= Math.max(0, as - 12); k--) {
            if (!t.isWord(k) && !t.isPunct(k, ',') && !t.isPunct(k, '.')) return null;
            if (!t.is(k, "quoted") && !t.is(k, "quotes") && !t.is(k, "quoting")) continue;
            // the phrase that ends at "as", as if it stood before a cue: names and descriptions ("a police spokesman")
            Mention m = mentions.before(t, as);
            if (m != null && t.tokenAtOrAfter(m.span().start()) > k) return m;
            m = mentions.after(t, k + 1);
            return m != null && t.tokenAtOrAfter(m.span().end()) == as ? m : null;
        }
        return null;
    }

    /**
     * Where the reported clause starts after the cue at {@code i}: past its particle, its object and a time or
     * channel phrase ("told Reuters in an interview on Tuesday that ..."); -1 when the cue needs a particle it lacks.
     */
    private int afterCueStart(TokenText t, int i, Lexicons.CueWord cw) {
        String lemma = cw.lemma();
        int k = i + 1;
        switch (lemma) {
            case "point out" -> {
                if (!t.is(k, "out")) return -1;
                k++;
            }
            case "go on" -> {
                if (!t.is(k, "on")) return -1;
                k++;
                if (t.is(k, "to")) {
                    if (lex.cue(t.lower(k + 1)) == null) return -1; // "went on to win": not speech
                    k += 2;
                }
            }
            case "call" -> {
                if (!(t.is(k, "on") || t.is(k, "for") || t.is(k, "upon"))) return -1;
                k++;
            }
            default -> {
            }
        }
        if (cw.takesObject() && k < t.size() && !lemma.equals("call")) {
            if (ONE_WORD_LISTENERS.contains(t.lower(k))) k++;
            else if (!t.is(k, "that")) {
                int listener = lemma.equals("tell") ? afterListener(t, k) : k;
                k = listener != k ? listener : mentions.skipNounPhrase(t, k);
            }
        }
        while (k < t.size()) {
            String w = t.lower(k);
            int channelEnd = channelPhraseEnd(t, k);
            if (channelEnd > k) {
                k = channelEnd; // "in a statement", "on X", "to the Senate": where or how it was said
            } else if (TIME_WORDS.contains(w) || CUE_ADVERBS.contains(w)) {
                k++; // "said Tuesday", "states, however, that", "said again that"
                if (CUE_ADVERBS.contains(w) && k < t.size() && t.isPunct(k, ',') && k + 1 < t.size() && t.is(k + 1, "that")) k++;
            } else {
                break;
            }
        }
        if (k < t.size() && t.isPunct(k, ',') && !(k + 1 < t.size() && t.isQuoteMark(k + 1))) k++;
        if (k + 1 < t.size() && CUE_ADVERBS.contains(t.lower(k)) && t.isPunct(k + 1, ',')) k += 2; // "said, however, that"
        return k;
    }

    /**
     * After "told", the listener no lexicon names ("told police", "told the jury", "told state media"): up to
     * two lower-case words, and a determiner before them, when a clause's first word follows; {@code k} otherwise.
     */
    private static int afterListener(TokenText t, int k) {
        int j = t.is(k, "the") ? k + 1 : k;
        int words = 0;
        while (j < t.size() && words < 2 && t.isWord(j) && !t.isCapitalized(j) && !t.is(j, "that")
                && !CLAUSE_LEADS.contains(t.lower(j))) {
            if (LISTENER_BREAKS.contains(t.lower(j))) return k; // "told stories about the war": a thing, not a listener
            j++;
            words++;
        }
        if (words == 0 || j >= t.size()) return k;
        boolean clauseFollows = t.is(j, "that") || CLAUSE_LEADS.contains(t.lower(j)) || t.isCapitalized(j);
        return clauseFollows ? j : k;
    }

    private static final Set<String> LISTENER_BREAKS = WordLists.load("quotes/listener-breaks");

    /** Words that open the clause after a listener: a determiner or a subject pronoun. */
    private static final Set<String> CLAUSE_LEADS = WordLists.load("quotes/clause-leads");

    private static final Set<String> VERB_LEADS = WordLists.load("quotes/verb-leads");


    private static final Set<String> CUE_ADVERBS = WordLists.load("quotes/cue-adverbs");

    /**
     * The token after a phrase of channel or place that starts with a preposition at {@code k} ("in a statement",
     * "on X", "on Twitter", "to the Senate"); {@code k} when there is none. "on" is tried here before it is read as
     * a time word ("on Tuesday" is a capitalised word too, and skipping it is as right).
     */
    private static int channelPhraseEnd(TokenText t, int k) {
        String w = t.lower(k);
        if (w.equals("by") && k > 0 && t.is(k - 1, "saying")) { // "quoted as saying by local media that"
            int j = k + 1;
            while (j < t.size() && j < k + 5 && t.isWord(j) && !t.is(j, "that")) j++;
            return j < t.size() && t.is(j, "that") ? j : k;
        }
        if (!(w.equals("in") || w.equals("at") || w.equals("during") || w.equals("via") || w.equals("through")
                || w.equals("to") || w.equals("on")) || k + 1 >= t.size()) return k;
        // "vowing to press ahead", "to report back": "to" and a bare channel word is an infinitive
        if (w.equals("to") && CHANNEL_WORDS.contains(t.lower(k + 1))) return k;
        int j = k + 1;
        while (j < t.size() && j < k + 6 && (CHANNEL_WORDS.contains(t.lower(j)) || t.is(j, "a") || t.is(j, "an")
                || t.is(j, "the") || t.is(j, "his") || t.is(j, "her") || t.is(j, "its") || t.is(j, "their")
                || t.isCapitalized(j))) j++;
        if (j == k + 1 || !(CHANNEL_WORDS.contains(t.lower(j - 1)) || t.isCapitalized(j - 1))) return k;
        return j;
    }

    private static final Set<String> SUBJECT_PRONOUNS = WordLists.load("quotes/subject-pronouns");

    private static final Set<String> TRAILING_PREPOSITIONS = WordLists.load("quotes/trailing-prepositions");

    /**
     * Whether the phrase at {@code k}, right after an attribution and its comma, belongs to the attribution and not
     * to what was said: an -ing phrase ("..., he said, adding that ...", "..., according to the ministry, citing
     * ...") or, after a source, its description ("according to CrowdTangle, a tool that ...").
     */
    private static boolean attributionAdjunct(TokenText t, int k, boolean afterSource) {
        if (k >= t.size() || !t.isWord(k) || t.isCapitalized(k)) return false;
        String w = t.lower(k);
        if (afterSource && (w.equals("a") || w.equals("an") || w.equals("which") || w.equals("who") || w.equals("whose"))) return true;
        return w.length() > 5 && w.endsWith("ing") && !ING_NON_PARTICIPLES.contains(w);
    }

    private static final Set<String> ING_NON_PARTICIPLES = WordLists.load("quotes/ing-non-participles");

    /** "from Winnipeg." "in an interview on Tuesday.": a short phrase of place or time that ends the sentence. */
    private static boolean trailingPhrase(TokenText t, int k) {
        if (k >= t.size() || !TRAILING_PREPOSITIONS.contains(t.lower(k))) return false;
        for (int j = k; j < t.size() && j <= k + 7; j++) {
            if (clauseEnds(t, j)) return true;
            if (t.is(j, "that") || t.isQuoteMark(j)) return false;
        }
        return false;
    }

    /** Whether a speech cue follows the comma that closes the clause of the cue at {@code j} ("who has proposed X, said"). */
    private boolean laterCueAfterComma(TokenText t, int j) {
        for (int k = j + 1; k < Math.min(t.size(), j + 20); k++) {
            if (t.isQuoteMark(k) || t.isPunct(k, '.') || t.isPunct(k, ';')) return false;
            if (t.isPunct(k, ',')) {
                Lexicons.CueWord c = k + 1 < t.size() ? lex.cue(t.lower(k + 1)) : null;
                return c != null && c.speech();
            }
        }
        return false;
    }

    private static boolean finiteVerbWithin(TokenText t, int from, int window) {
        for (int k = from; k < Math.min(t.size(), from + window); k++) {
            if (!t.isWord(k)) return false;
            String w = t.lower(k);
            if (MentionParser.FINITE_VERBS.contains(w) || w.equals("not") || w.equals("n't")) return true;
        }
        return false;
    }

    private static final int FINITE_VERB_WINDOW = 8;

    /** "that" opening a clause; not the determiner of "questioned that logic." or "that logic in ...". */
    private static boolean startsWithThat(TokenText t, int k) {
        if (!t.is(k, "that")) return false;
        boolean determiner = k + 1 < t.size() && t.isWord(k + 1) && !t.isCapitalized(k + 1)
                && !SUBJECT_PRONOUNS.contains(t.lower(k + 1)) && !CLAUSE_LEADS.contains(t.lower(k + 1))
                && (k + 2 >= t.size() || !t.isWord(k + 2) || TRAILING_PREPOSITIONS.contains(t.lower(k + 2)));
        return !determiner;
    }

    private static boolean clauseEnds(TokenText t, int k) {
        if (k >= t.size()) return true;
        String w = t.word(k);
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || (t.isQuoteMark(k) && k == t.size() - 1);
    }

    /**
     * The clause from token {@code k} to the end of the sentence, without the final punctuation; it stops where
     * a new clause with its own subject or a contrast begins (", he added", ", although ...", "; ...").
     */
    private static Span clause(String text, TokenText t, int k, Sentence sentence) {
        while (k < t.size() && !t.isWord(k) && !t.isQuoteMark(k)) k++;
        if (k >= t.size()) return null;
        int end = sentence.span().end();
        boolean quoted = false;
        int lead = t.is(k, "that") ? k + 1 : k;
        int openingComma = lead > k && lead < t.size() && t.isPunct(lead, ',') ? lead++ : -1; // "that, if elected, he would"
        boolean subordinate = lead < t.size() && SUBORDINATORS.contains(t.lower(lead)); // "that if he runs, he would"
        for (int j = k; j < t.size(); j++) {
            if (t.isQuoteMark(j)) {
                quoted = !quoted;
                // `business," while trying ...`: the comma stands inside the closing mark
                if (!quoted && j > k + 3 && t.isPunct(j - 1, ',') && j + 1 < t.size() && CLAUSE_BREAKS.contains(t.lower(j + 1))) {
                    end = t.end(j);
                    break;
                }
            }
            if (quoted) continue;
            if (t.isPunct(j, ';')) {
                end = t.start(j);
                break;
            }
            if (j == openingComma) continue;
            if (t.isPunct(j, ',') && subordinate) {
                subordinate = false; // the comma that closes the subordinate clause
                continue;
            }
            if (t.isPunct(j, ',') && j + 1 < t.size() && CLAUSE_BREAKS.contains(t.lower(j + 1)) && j > k + 2
                    && !(t.is(j + 1, "even") && !EVEN_CONJUNCTIONS.contains(t.lower(j + 2)))) { // not ", even marriages,"
                end = t.start(j);
                break;
            }
            if (j > k && t.isPunct(j, ',') && j + 1 < t.size() && (speechCue(t.lower(j + 1))
                    || (t.isCapitalized(j + 1) || t.is(j + 1, "the")) && nextAttribution(t, j + 1))) { // "..., the Front said"
                end = t.start(j); // "who has proposed repealing it, said ...": the sentence's own attribution
                break;
            }
            if (j > k + 2 && (t.is(j, "but") || t.is(j, "and")) && j + 1 < t.size() && coordinatedCue(t.lower(j + 1))) {
                end = t.start(j); // "Odum said the governor was wrong and criticized him": the speaker's second verb
                break;
            }
            if (j > k + 2 && (t.is(j, "but") || t.is(j, "and")) && nextAttribution(t, j + 1)) {
                end = t.start(j); // "... in 90 per cent of cases but Chapman says ...": the next attribution
                break;
            }
            if (j > k + 2 && (t.isPunct(j, '\u2014') || t.isPunct(j, '\u2013') || t.isPunct(j, '-') && t.start(j) > t.end(j - 1))
                    && nextAttribution(t, j + 1)) {
                end = t.start(j); // "... a chicken — Scheer insists it is ...": the next attribution
                break;
            }
            if (j > k + 2 && t.isPunct(j, ',') && t.is(j + 1, "and") && j + 2 < t.size()
                    && (CLAUSE_BREAKS.contains(t.lower(j + 2)) || SUBORDINATORS.contains(t.lower(j + 2)))) {
                end = t.start(j); // "..., and when pressed ...", "..., and he noted ..."
                break;
            }
        }
        return trimTail(text, new Span(t.start(k), end));
    }

    // ---------------------------------------------------------------- helpers

    private static QuoteKind kindOf(String text, Span content) {
        int quotes = 0;
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            if (DOUBLE_MARKS.indexOf(c) >= 0) quotes++;
        }
        return quotes >= 2 ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    }

    /** A reported clause that runs into a direct quotation keeps only its part before the quotation. */
    private static QuoteCandidate trimAgainstDirect(String text, DisjointSpans directOuter, QuoteCandidate c) {
        Span content = c.content();
        for (Span d : directOuter.overlapping(content)) {
            if (!d.overlaps(content)) continue;
            if (d.start() <= content.start()) return null;
            content = trimTail(text, new Span(content.start(), d.start()));
            if (content == null) return null;
        }
        if (wordCount(text, content) < 3) return null;
        return new QuoteCandidate(content, kindOf(text, content), c.cue(), c.cueLemma(), c.mention(), c.rule(),
                c.confidence(), c.sentenceIndex(), c.paragraphIndex(), false);
    }

    /** "WASHINGTON, May 3 (Wire) - ", "BEIRUT - ": a dateline that opens a story is not what anybody said. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^[A-Z][A-Z.'/ -]*[A-Z.](?:, [A-Z][a-z]{2,9}\\.? \\d{1,2})?(?: \\([^)]{1,40}\\))? ?[-\u2013\u2014]+ ");

    /** Without surrounding spaces, a dateline, and the closing punctuation outside a quotation; null when nothing is left. */
    static Span trimTail(String text, Span s) {
        int a = s.start();
        java.util.regex.Matcher d = DATELINE.matcher(text).region(s.start(), Math.min(s.end(), s.start() + 80));
        if (d.lookingAt()) a = d.end();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ".,;:!?\u2014\u2013-".indexOf(text.charAt(b - 1)) >= 0)) b--;
        return a < b ? new Span(a, b) : null;
    }

    private static Span trim(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) a++;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
        return a < b ? new Span(a, b) : null;
    }

    static int wordCount(String text, Span s) {
        int n = 0;
        boolean inWord = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    private static char firstLetter(String text, Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) return text.charAt(i);
        }
        return 'a';
    }

    private static Span cueSpan(TokenText t, int i) {
        if (t.is(i, "according") && t.is(i + 1, "to")) return new Span(t.start(i), t.end(i + 1));
        return new Span(t.start(i), t.end(i));
    }

    private String cueLemma(TokenText t, int i) {
        if (t.is(i, "according")) return "accord to";
        Lexicons.CueWord c = lex.cue(t.lower(i));
        return c == null ? t.lower(i) : c.lemma();
    }
}
