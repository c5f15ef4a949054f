package quotestance.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS and SVG, no script, no fonts or
 * anything else fetched. Every string that comes from the data is escaped, so article text cannot inject
 * markup. Laid out for a 1280 px wide window.
 */
public final class ReportHtml {
    private static final String[] SERIES_COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private ReportHtml() {
    }

    public static String render(ReportData d) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>quotestance report</title><style>")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1220px;color:#222}")
                .append("h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}")
                .append(".cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#f5f7fa;border-radius:6px;padding:10px 16px;min-width:120px}")
                .append(".card b{display:block;font-size:22px}table{border-collapse:collapse;width:100%}")
                .append("td,th{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top;font-size:14px}")
                .append(".neg{color:#b2182b}.pos{color:#2166ac}.neu{color:#555}.muted{color:#777;font-size:13px}")
                .append("svg text{font-size:11px;fill:#222}</style></head><body>\n");
        h.append("<h1>quotestance report</h1><p class=\"muted\">Quotes, speakers and stance toward parties. "
                + "Scores run from &minus;1 (negative) to +1 (positive).</p>\n");
        summary(h, d.summary());
        speakers(h, d.speakers());
        heatmap(h, d.heatmap());
        overTime(h, d.overTime());
        quotes(h, d.party(), d.quotes());
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, ReportData.Summary s) {
        h.append("<h2>Corpus</h2><div class=\"cards\">");
        card(h, "articles", String.format(Locale.ROOT, "%,d", s.articles()));
        card(h, "sources", String.format(Locale.ROOT, "%,d", s.sources()));
        card(h, "published", s.firstPublished() == null ? "&ndash;" : esc(s.firstPublished()) + " &ndash; " + esc(s.lastPublished()));
        card(h, "quotes", String.format(Locale.ROOT, "%,d", s.quotes()));
        card(h, "speakers", String.format(Locale.ROOT, "%,d", s.speakers()));
        card(h, "party mentions", String.format(Locale.ROOT, "%,d", s.partyMentions()));
        card(h, "rejected records", String.format(Locale.ROOT, "%,d", s.rejects()));
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String label, String valueHtml) {
        h.append("<div class=\"card\"><b>").append(valueHtml).append("</b>").append(esc(label)).append("</div>");
    }

    private static void speakers(StringBuilder h, List<ReportData.TopSpeaker> speakers) {
        h.append("<h2>Top speakers</h2><table><tr><th>speaker</th><th>type</th><th>quotes</th><th>articles</th>"
                + "<th>parties they talk about</th></tr>");
        for (ReportData.TopSpeaker s : speakers) {
            h.append("<tr><td>").append(esc(s.name())).append("</td><td>").append(esc(s.type())).append("</td><td>")
                    .append(s.quotes()).append("</td><td>").append(s.articles()).append("</td><td>")
                    .append(esc(String.join(", ", s.parties()))).append("</td></tr>");
        }
        h.append("</table>\n");
    }

    /** Speakers down, parties across, a diverging colour per mean score; counts on hover. */
    private static void heatmap(StringBuilder h, List<ReportData.Cell> cells) {
        h.append("<h2>Speaker &times; party stance</h2>");
        if (cells.isEmpty()) {
            h.append("<p class=\"muted\">No stances of named speakers yet.</p>\n");
            return;
        }
        Set<String> holders = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (ReportData.Cell c : cells) {
            holders.add(c.holder());
            parties.add(c.party());
        }
        int left = 220, top = 110, cw = 64, ch = 24;
        int width = left + parties.size() * cw + 20;
        int height = top + holders.size() * ch + 40;
        h.append("<svg class=\"heatmap\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"speaker by party stance heatmap\">");
        List<String> ps = new ArrayList<>(parties);
        List<String> hs = new ArrayList<>(holders);
        for (int i = 0; i < ps.size(); i++) {
            int x = left + i * cw + cw / 2;
            h.append("<text transform=\"translate(").append(x).append(',').append(top - 8).append(") rotate(-40)\">")
                    .append(esc(shorten(ps.get(i), 22))).append("</text>");
        }
        for (int j = 0; j < hs.size(); j++) {
            h.append("<text x=\"").append(left - 8).append("\" y=\"").append(top + j * ch + 16)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(hs.get(j), 32))).append("</text>");
        }
        for (ReportData.Cell c : cells) {
            int x = left + ps.indexOf(c.party()) * cw;
            int y = top + hs.indexOf(c.holder()) * ch;
            h.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cw - 2)
                    .append("\" height=\"").append(ch - 2).append("\" fill=\"").append(diverging(c.meanScore())).append("\">")
                    .append("<title>").append(esc(c.holder())).append(" \u2192 ").append(esc(c.party()))
                    .append(String.format(Locale.ROOT, ": mean %+.2f over %d stance(s)", c.meanScore(), c.count()))
                    .append("</title></rect>");
        }
        int ly = top + hs.size() * ch + 14;
        for (int k = 0; k <= 10; k++) {
            double v = -1 + k * 0.2;
            h.append("<rect x=\"").append(left + k * 22).append("\" y=\"").append(ly).append("\" width=\"22\" height=\"10\" fill=\"")
                    .append(diverging(v)).append("\"/>");
        }
        h.append("<text x=\"").append(left - 8).append("\" y=\"").append(ly + 9).append("\" text-anchor=\"end\">\u22121</text>");
        h.append("<text x=\"").append(left + 11 * 22 + 4).append("\" y=\"").append(ly + 9).append("\">+1</text>");
        h.append("</svg>\n");
    }

    /** Mean stance per month for the top parties: one line each. */
    private static void overTime(StringBuilder h, List<ReportData.Point> points) {
        h.append("<h2>Stance toward the top parties over time</h2>");
        Set<String> months = new java.util.TreeSet<>();
        Map<String, List<ReportData.Point>> byParty = new LinkedHashMap<>();
        for (ReportData.Point p : points) {
            months.add(p.month());
            byParty.computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p);
        }
        if (months.isEmpty()) {
            h.append("<p class=\"muted\">No dated stances.</p>\n");
            return;
        }
        List<String> ms = new ArrayList<>(months);
        int left = 50, top = 20, w = 900, ht = 260;
        h.append("<svg class=\"timeline\" width=\"").append(left + w + 240).append("\" height=\"").append(top + ht + 60)
                .append("\" role=\"img\" aria-label=\"stance over time\">");
        for (double v : new double[] {-1, -0.5, 0, 0.5, 1}) {
            int y = (int) (top + (1 - (v + 1) / 2) * ht);
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(left + w).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"").append(v == 0 ? "#999" : "#eee").append("\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%+.1f", v)).append("</text>");
        }
        int step = Math.max(1, ms.size() / 12);
        for (int i = 0; i < ms.size(); i += step) {
            h.append("<text x=\"").append(x(i, ms.size(), left, w)).append("\" y=\"").append(top + ht + 18)
                    .append("\" text-anchor=\"middle\">").append(esc(ms.get(i))).append("</text>");
        }
        int series = 0;
        for (var e : byParty.entrySet()) {
            String colour = SERIES_COLOURS[series % SERIES_COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (ReportData.Point p : e.getValue()) {
                int x = x(ms.indexOf(p.month()), ms.size(), left, w);
                int y = (int) (top + (1 - (p.meanScore() + 1) / 2) * ht);
                path.append(path.length() == 0 ? "M" : " L").append(x).append(',').append(y);
                h.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"").append(colour)
                        .append("\"><title>").append(esc(p.party())).append(' ').append(esc(p.month()))
                        .append(String.format(Locale.ROOT, ": mean %+.2f over %d", p.meanScore(), p.count())).append("</title></circle>");
            }
            h.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
            h.append("<text x=\"").append(left + w + 16).append("\" y=\"").append(top + 14 + series * 18).append("\" fill=\"")
                    .append(colour).append("\">\u25A0 ").append(esc(e.getKey())).append("</text>");
            series++;
        }
        h.append("</svg>\n");
    }

    private static int x(int i, int n, int left, int w) {
        return n <= 1 ? left + w / 2 : left + (int) ((double) i / (n - 1) * w);
    }

    private static void quotes(StringBuilder h, String party, List<ReportData.PartyQuote> quotes) {
        h.append("<h2>Quotes about ").append(party == null ? "a party" : esc(party)).append("</h2>");
        if (quotes.isEmpty()) {
            h.append("<p class=\"muted\">No quotes mention a party.</p>\n");
            return;
        }
        h.append("<table><tr><th>speaker</th><th>stance</th><th>quote</th><th>evidence</th></tr>");
        for (ReportData.PartyQuote q : quotes) {
            String cls = q.label().equals("negative") ? "neg" : q.label().equals("positive") ? "pos" : "neu";
            h.append("<tr><td>").append(esc(q.speaker())).append("</td><td class=\"").append(cls).append("\">")
                    .append(esc(q.label())).append(String.format(Locale.ROOT, " %+.2f", q.score())).append("</td><td>")
                    .append(esc(q.quote())).append("<div class=\"muted\">").append(esc(q.articleId())).append("</div></td><td class=\"muted\">")
                    .append(esc(q.evidence())).append("</td></tr>");
        }
        h.append("</table>\n");
    }

    /** Red (-1) through white (0) to blue (+1). */
    static String diverging(double v) {
        double t = Math.max(-1, Math.min(1, v));
        int r, g, b;
        if (t < 0) {
            r = 178 + (int) ((255 - 178) * (1 + t));
            g = 24 + (int) ((255 - 24) * (1 + t));
            b = 43 + (int) ((255 - 43) * (1 + t));
        } else {
            r = 255 - (int) ((255 - 33) * t);
            g = 255 - (int) ((255 - 102) * t);
            b = 255 - (int) ((255 - 172) * t);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** HTML-escapes text for element content and attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
