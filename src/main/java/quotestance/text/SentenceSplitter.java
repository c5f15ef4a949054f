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
        boolean advanced = true;
        while (advanced && pos < end) {
            advanced = false;
            for (Quotation q : quotations) {
                if (q.closed() && q.closeMark().start() == pos && q.openMark().start() < prev.end()) {
                    pos = q.closeMark().end();
                    advanced = true;
                }
            }
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
     * ({@code ...with the U.S. The ministry...}) and no quotation spans the place.
     */
    private static void splitAfterAcronyms(String text, List<Quotation> quotations, List<quotestance.model.Span> out, int from) {
        for (int i = from; i < out.size(); i++) {
            quotestance.model.Span s = out.get(i);
            for (int dot = text.indexOf(". ", s.start()); dot >= 0 && dot < s.end() - 2; dot = text.indexOf(". ", dot + 1)) {
                int next = dot + 1;
                while (next < s.end() && text.charAt(next) == ' ') next++;
                if (next >= s.end() || !Character.isUpperCase(text.charAt(next))) continue;
                String word = lastWord(text, new quotestance.model.Span(s.start(), dot + 1));
                if (!Abbreviations.isDottedAcronym(word)) continue;
                if (!Abbreviations.SENTENCE_STARTERS.contains(Abbreviations.key(firstWord(text, next, s.end())))) continue;
                if (insideQuotation(quotations, dot + 1)) continue;
                out.set(i, new quotestance.model.Span(s.start(), dot + 1));
                out.add(i + 1, new quotestance.model.Span(next, s.end()));
                break; // the rest is looked at as sentence i + 1
            }
        }
    }

    private static boolean insideQuotation(List<Quotation> quotations, int pos) {
        for (Quotation q : quotations) {
            if (q.closed() && q.openMark().start() < pos && q.closeMark().start() >= pos) return true;
        }
        return false;
    }

    private static void capLength(String text, List<quotestance.model.Span> out, int from) {
        for (int i = from; i < out.size(); i++) {
            quotestance.model.Span s = out.get(i);
            if (s.length() <= MAX_SENTENCE_CHARS) continue;
            int cut = s.start() + MAX_SENTENCE_CHARS;
            int space = cut;
            while (space > s.start() + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(space))) space--;
            if (Character.isWhitespace(text.charAt(space))) cut = space;
            if (Character.isLowSurrogate(text.charAt(cut))) cut--; // never cut a code point in two
            int next = cut;
            while (next < s.end() && Character.isWhitespace(text.charAt(next))) next++;
            int headEnd = cut;
            while (headEnd > s.start() && Character.isWhitespace(text.charAt(headEnd - 1))) headEnd--;
            out.set(i, new quotestance.model.Span(s.start(), headEnd));
            if (next < s.end()) out.add(i + 1, new quotestance.model.Span(next, s.end()));
        }
    }
}
