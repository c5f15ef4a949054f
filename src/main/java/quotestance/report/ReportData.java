package quotestance.report;

import java.util.List;

/** What the report shows, already aggregated: small enough to hold in the driver. */
public record ReportData(
        Summary summary,
        List<TopSpeaker> speakers,
        List<Cell> heatmap,
        List<Point> overTime,
        String party,
        List<PartyQuote> quotes) {

    public record Summary(long articles, long sources, String firstPublished, String lastPublished, long quotes,
                          long speakers, long partyMentions, long rejects) {
    }

    public record TopSpeaker(String name, String type, long quotes, long articles, List<String> parties) {
    }

    /** One holder x party cell of the heatmap. */
    public record Cell(String holder, String party, double meanScore, long count) {
    }

    /** Mean stance toward a party in one month. */
    public record Point(String party, String month, double meanScore, long count) {
    }

    public record PartyQuote(String speaker, String label, double score, String evidence, String quote, String articleId) {
    }
}
