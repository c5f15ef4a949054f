package quotestance.text;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import quotestance.model.Paragraph;

/**
 * Splits each paragraph into sentences with the OpenNLP UD sentence model, then repairs what the model gets
 * wrong in news copy: splits after titles, initials and date or number abbreviations; splits inside a
 * quotation that closes later in the paragraph; a closing quotation mark pushed into the next sentence.
 * Sentences longer than {@link #MAX_SENTENCE_CHARS} are cut at a space so that no later step sees an
 * unbounded sentence. Not thread-safe: one instance per thread.
 */
public final class SentenceSplitter {
    /** A bound on sentence length that keeps every per-sentence step linear in the article's length. */
    public static final int MAX_SENTENCE_CHARS = 4000;

    private final SentenceDetectorME detector = new SentenceDetectorME(NlpModels.sentences());

    /**
     * @param original   the article text as given (quotation marks keep their direction here)
     * @param normalized the same text through {@link TextNormalizer}
     * @return sentence spans, in order, as UTF-16 offsets into the text
     */
    public List<quotestance.model.Span> split(String original, String normalized, List<Paragraph> paragraphs) {
        List<quotestance.model.Span> out = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            splitParagraph(original, normalized, paragraph.span(), out);
        }
        return out;
    }

    private void splitParagraph(String original, String normalized, quotestance.model.Span para, List<quotestance.model.Span> out) {
        String text = normalized.substring(para.start(), para.end());
        Span[] found = detector.sentPosDetect(text);
        List<Quotation> quotations = QuotationMarks.find(original, para);
        int firstOfParagraph = out.size();
        for (Span s : found) {
            int start = para.start() + s.getStart();
            int end = para.start() + s.getEnd();
            while (start < end && Character.isWhitespace(normalized.charAt(start))) start++;
            while (end > start && Character.isWhitespace(normalized.charAt(end - 1))) end--;
            if (start == end) continue;
            if (out.size() > firstOfParagraph) {
                int last = out.size() - 1;
                quotestance.model.Span prev = out.get(last);
                int moved = closingMarksAt(quotations, prev, start, end);
                if (moved > start) {
                    prev = new quotestance.model.Span(prev.start(), moved);
                    out.set(last, prev);
                    start = moved;
                    while (start < end && Character.isWhitespace(normalized.charAt(start))) start++;
                    if (start == end) continue;
                }
                if (shouldMerge(normalized, quotations, prev, start, end)) {
                    out.set(last, new quotestance.model.Span(prev.start(), end));
                    continue;
                }
            }
            out.add(new quotestance.model.Span(start, end));
        }
        if (out.size() == firstOfParagraph) return;
        splitAfterAcronyms(normalized, quotations, out, firstOfParagraph);
        capLength(normalized, out, firstOfParagraph);
    }

    /** Where a run of closing marks at {@code start} that close quotations opened in {@code prev} ends. */
    private static int closingMarksAt(List<Quotation> quotations, quotestance.model.Span prev, int start, int end) {
        int pos = start;
        while (pos < end) {
            Quotation q = QuotationMarks.lastOpenedBefore(quotations, pos);
            if (q == null || !q.closed() || q.closeMark().start() != pos || q.openMark().start() >= prev.end()) break;
            pos = q.closeMark().end();
        }
        return pos;
    }

    private static boolean shouldMerge(String text, List<Quotation> quotations, quotestance.model.Span prev, int start, int end) {
        // never split inside a quotation that closes later in the paragraph
        if (insideQuotation(quotations, prev.end()) && insideQuotation(quotations, start)) return true;
        char first = firstLetterOrDigit(text, start, end);
        if (Character.isLowerCase(first)) return true;
        if (text.charAt(prev.end() - 1) != '.') return false;
        String word = lastWord(text, prev);
        if (word.isEmpty()) return false;
        String key = Abbreviations.key(word);
        if (Abbreviations.TITLES.contains(key)) return true;
        if (Abbreviations.BEFORE_NUMBER.contains(key)) return Character.isDigit(first);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return Character.isUpperCase(first);
        if (Abbreviations.MAYBE_FINAL.contains(key) || Abbreviations.isDottedAcronym(word)) {
            return Character.isDigit(first) || !Abbreviations.SENTENCE_STARTERS.contains(Abbreviations.key(firstWord(text, start, end)));
        }
        return false;
    }

    private static char firstLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) return c;
            if (Character.isWhitespace(c)) return '\0';
        }
        return '\0';
    }

    /** The word before the final full stop of {@code span}, without that stop and without leading punctuation. */
    private static String lastWord(String text, quotestance.model.Span span) {
        int end = span.end() - 1;
        int start = end;
        while (start > span.start() && !Character.isWhitespace(text.charAt(start - 1))) start--;
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
        return text.substring(start, end);
    }

    private static String firstWord(String text, int start, int end) {
        int s = start;
        while (s < end && !Character.isLetterOrDigit(text.charAt(s))) s++;
        int e = s;
        while (e < end && Character.isLetter(text.charAt(e))) e++;
        return text.substring(s, e);
    }

    /**
     * The model rarely breaks after {@code U.S.}: break there when the next word is one that opens sentences
     * ({@code ...with the U.S. The ministry...}) and no quotation spans the place. The paragraph's sentences are
     * rebuilt into a new list: inserting each break into the middle of {@code out} made a long paragraph quadratic.
     */
    private static void splitAfterAcronyms(String text, List<Quotation> quotations, List<quotestance.model.Span> out, int from) {
        List<quotestance.model.Span> paragraph = out.subList(from, out.size());
        List<quotestance.model.Span> split = new ArrayList<>(paragraph.size());
        for (quotestance.model.Span s : paragraph) {
            int dot = acronymBreak(text, quotations, s);
            while (dot >= 0) {
                int next = pastSpaces(text, dot + 1, s.end());
                split.add(new quotestance.model.Span(s.start(), dot + 1));
                s = new quotestance.model.Span(next, s.end()); // the rest is looked at as a sentence of its own
                dot = acronymBreak(text, quotations, s);
            }
            split.add(s);
        }
        paragraph.clear();
        paragraph.addAll(split);
    }

    /** The full stop of {@code s} after a dotted acronym where the sentence should break; -1 when there is none. */
    private static int acronymBreak(String text, List<Quotation> quotations, quotestance.model.Span s) {
        for (int dot = s.start(); dot < s.end() - 2; dot++) { // within the sentence: never a search of the rest of the text
            if (text.charAt(dot) != '.' || text.charAt(dot + 1) != ' ') continue;
            int next = pastSpaces(text, dot + 1, s.end());
            if (next >= s.end() || !Character.isUpperCase(text.charAt(next))) continue;
            String word = lastWord(text, new quotestance.model.Span(s.start(), dot + 1));
            if (!Abbreviations.isDottedAcronym(word)) continue;
            if (!Abbreviations.SENTENCE_STARTERS.contains(Abbreviations.key(firstWord(text, next, s.end())))) continue;
            if (insideQuotation(quotations, dot + 1)) continue;
            return dot;
        }
        return -1;
    }

    private static int pastSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && text.charAt(i) == ' ') i++;
        return i;
    }

    private static boolean insideQuotation(List<Quotation> quotations, int pos) {
        Quotation q = QuotationMarks.lastOpenedBefore(quotations, pos);
        return q != null && q.closed() && q.closeMark().start() >= pos;
    }

    /** Cuts every sentence of the paragraph longer than {@link #MAX_SENTENCE_CHARS} at a space, into a new list as above. */
    private static void capLength(String text, List<quotestance.model.Span> out, int from) {
        List<quotestance.model.Span> paragraph = out.subList(from, out.size());
        List<quotestance.model.Span> capped = new ArrayList<>(paragraph.size());
        for (quotestance.model.Span s : paragraph) {
            while (s != null && s.length() > MAX_SENTENCE_CHARS) {
                int cut = s.start() + MAX_SENTENCE_CHARS;
                int space = cut;
                while (space > s.start() + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) space--;
                if (Character.isWhitespace(text.charAt(space))) cut = space;
                if (Character.isLowSurrogate(text.charAt(cut))) cut--; // never cut a code point in two
                int next = cut;
                while (next < s.end() && Character.isWhitespace(text.charAt(next))) next++;
                int headEnd = cut;
                while (headEnd > s.start() && Character.isWhitespace(text.charAt(headEnd - 1))) headEnd--;
                capped.add(new quotestance.model.Span(s.start(), headEnd));
                s = next < s.end() ? new quotestance.model.Span(next, s.end()) : null;
            }
            if (s != null) capped.add(s);
        }
        paragraph.clear();
        paragraph.addAll(capped);
    }
}
