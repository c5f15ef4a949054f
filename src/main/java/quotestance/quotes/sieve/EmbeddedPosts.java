package quotestance.quotes.sieve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import quotestance.model.Span;

/**
 * Social-media posts embedded in an article as text, in the form news sites give them: the post, an optional
 * link, then a dash, the author's name, the handle and the date ("... pic.twitter.com/x — Dana Holt (@danaholt)
 * May 2, 2024"). The post is the author's own words, with no quotation marks and no cue.
 */
final class EmbeddedPosts {
    /** A post: its text and the author's name as the byline gives it. */
    record Post(Span content, Span author) {
    }

    private static final Pattern BYLINE = Pattern.compile(
            "\\s*[\\u2014\\u2013-]{1,2}\\s*([^\\n()\\u2014]{2,60}?)\\s*\\(@\\w{1,30}\\)\\s*"
                    + "(?:[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})?[^\\n\\p{L}\\p{N}]{0,3}(?:</\\w+>)?[^\\n\\p{L}\\p{N}]{0,3}$");
    private static final Pattern LINK = Pattern.compile("(?:https?://t\\.co/|pic\\.twitter\\.com/)\\S*$");
    private static final int MIN_CONTENT_CHARS = 10;

    private EmbeddedPosts() {
    }

    /** Whether "(@" occurs inside the paragraph (a bounded scan: an unbounded indexOf would read the rest of the text). */
    private static boolean hasHandle(String text, Span paragraph) {
        for (int i = paragraph.start(); i + 1 < paragraph.end(); i++) {
            if (text.charAt(i) == '(' && text.charAt(i + 1) == '@') return true;
        }
        return false;
    }

    /** The post that makes up the paragraph at {@code paragraph} of text, or null when it is not one. */
    static Post in(String text, Span paragraph) {
        if (!hasHandle(text, paragraph)) return null; // most paragraphs: no byline, and no copy of them
        String p = text.substring(paragraph.start(), paragraph.end());
        Matcher byline = BYLINE.matcher(p);
        if (!byline.find()) return null;
        int end = byline.start();
        String body = p.substring(0, end);
        Matcher link = LINK.matcher(body.stripTrailing());
        if (link.find()) end = link.start();
        int start = 0;
        while (start < end && Character.isWhitespace(p.charAt(start))) start++;
        while (end > start && Character.isWhitespace(p.charAt(end - 1))) end--;
        if (end - start < MIN_CONTENT_CHARS) return null;
        int base = paragraph.start();
        return new Post(new Span(base + start, base + end), new Span(base + byline.start(1), base + byline.end(1)));
    }
}
