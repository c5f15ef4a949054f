package quotestance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    static ReportData data(String quote) {
        return new ReportData(
                new ReportData.Summary(3, 2, "2024-01-01", "2024-03-01", 5, 4, 9, 1),
                List.of(new ReportData.TopSpeaker("Ana <b>Ruiz</b> & Co", "person", 3, 2, List.of("Iran", "NATO"))),
                List.of(new ReportData.Cell("Ana Ruiz", "Iran", -0.8, 2), new ReportData.Cell("Ana Ruiz", "NATO", 0.6, 1),
                        new ReportData.Cell("Tom Vell", "Iran", 0.1, 4)),
                List.of(new ReportData.Point("Iran", "2024-01", -0.5, 2), new ReportData.Point("Iran", "2024-02", 0.2, 3)),
                "Iran",
                List.of(new ReportData.PartyQuote("Ana Ruiz", "negative", -0.8, "model: negative (threat)", quote, "a-1")));
    }

    @Test
    void articleTextIsEscapedAndThePageNeedsNothingFromOutside() {
        String html = ReportHtml.render(data("Iran <script>alert('x')</script> must stop"));
        assertFalse(html.toLowerCase().contains("<script"), "no script element may come from the data");
        assertTrue(html.contains("Iran &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; must stop"));
        assertTrue(html.contains("Ana &lt;b&gt;Ruiz&lt;/b&gt; &amp; Co"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "the page is self-contained");
    }

    @Test
    void theChartsAreInlineSvgWithCountsOnHover() {
        String html = ReportHtml.render(data("a quote"));
        assertEquals(2, html.split("<svg", -1).length - 1);
        assertTrue(html.contains("<title>Ana Ruiz \u2192 Iran: mean -0.80 over 2 stance(s)</title>"), html);
        assertTrue(html.contains("<path d=\"M"));
        assertEquals("#b2182b", ReportHtml.diverging(-1));
        assertEquals("#ffffff", ReportHtml.diverging(0));
        assertEquals("#2166ac", ReportHtml.diverging(1));
    }
}
