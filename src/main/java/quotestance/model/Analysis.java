package quotestance.model;

import java.util.List;

/** Everything one pass of the analyzer found in one article. The output tables are projections of it. */
public record Analysis(
        Article article,
        List<Paragraph> paragraphs,
        List<Sentence> sentences,
        List<Quote> quotes,
        List<Speaker> speakers,
        List<PartyMention> partyMentions,
        List<Stance> stances) {
    public Analysis {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        partyMentions = List.copyOf(partyMentions);
        stances = List.copyOf(stances);
    }
}
