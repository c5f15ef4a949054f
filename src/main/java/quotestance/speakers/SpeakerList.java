package quotestance.speakers;

import java.util.ArrayList;
import java.util.List;

import quotestance.model.Speaker;

/**
 * The article's speakers: the entities that have quotes, in the order they entered the article, each with its
 * other name forms, its titles and how many quotes it has. Names tracked for pronouns and titles that never speak
 * are left out.
 */
final class SpeakerList {
    private SpeakerList() {
    }

    static List<Speaker> of(String articleId, List<Entity> entities, Resolved[] resolved) {
        for (Resolved r : resolved) if (r.speaker() != null) r.speaker().quotes++;
        List<Speaker> speakers = new ArrayList<>();
        for (Entity who : entities) {
            if (who.quotes == 0) continue;
            List<String> aliases = new ArrayList<>();
            for (String a : who.aliases) if (!a.equals(who.name)) aliases.add(a);
            speakers.add(new Speaker(SpeakerIds.speakerId(articleId, who), who.name, aliases, List.copyOf(who.titles), who.type, who.quotes));
        }
        return speakers;
    }
}
