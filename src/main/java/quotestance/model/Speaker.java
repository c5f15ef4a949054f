package quotestance.model;

import java.util.List;

/** One speaker of one article: the fullest name form found, the other forms it was written as, its titles. */
public record Speaker(String id, String name, List<String> aliases, List<String> titles, SpeakerType type, int quoteCount) {
    public Speaker {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }
}
