package quotestance.model;

import java.util.List;

/**
 * Everything one pass of the analyzer found in one article. The output tables are projections of it.
 * Quotes, speakers, party mentions and stances are empty unless the article is English.
 */
public record Analysis(
        Article article,
        Language language,
        List<Paragraph> paragraphs,
        List<Sentence> sentences,
        List<Quote> quotes,
        List<Speaker> speakers,
        List<PartyMention> partyMentions,
        List<Stance> stances) {
    /** What a non-English article gets: its paragraphs and sentences, none of the English rules' output. */
    public static Analysis textOnly(Article article, Language language, List<Paragraph> paragraphs, List<Sentence> sentences) {
        return new Analysis(article, language, paragraphs, sentences, List.of(), List.of(), List.of(), List.of());
    }

    public Analysis {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        speakers = List.copyOf(speakers);
        partyMentions = List.copyOf(partyMentions);
        stances = List.copyOf(stances);
    }
}
