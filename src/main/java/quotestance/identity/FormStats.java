package quotestance.identity;

import java.util.List;

/**
 * One name form over the whole corpus: how many articles and quotes use it for a speaker, how often the articles
 * took it for a person or for a body, and its most frequent titles (lower case).
 */
public record FormStats(String formKey, String surnameKey, String idText, List<String> key, long articles, long quotes,
                        long persons, long bodies, List<String> titles) {
    public FormStats {
        key = List.copyOf(key);
        titles = List.copyOf(titles);
    }

    boolean single() {
        return key.size() == 1;
    }
}
