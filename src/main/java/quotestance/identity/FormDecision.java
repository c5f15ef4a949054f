package quotestance.identity;

import java.util.List;

/**
 * The corpus-wide speaker a name form stands for.
 *
 * @param identity   how it was decided: {@code full-name}, {@code surname-dominant}, {@code surname-ambiguous} or
 *                   {@code single-name} (see {@link SurnameGroup})
 * @param share      for a surname alone, the share of the surname's full-name articles that {@code speakerId}
 *                   holds (for an ambiguous one, the largest share); 1 otherwise
 * @param candidates for a surname alone, the people of that surname the corpus names in full, most frequent
 *                   first: an article's own titles may choose among them
 */
public record FormDecision(String formKey, String speakerId, String type, String identity, double share,
                           List<Candidate> candidates) {
    public FormDecision {
        candidates = List.copyOf(candidates);
    }

    /** A person a surname may stand for, with the titles the corpus gives them (lower case). */
    public record Candidate(String speakerId, List<String> titles) {
        public Candidate {
            titles = List.copyOf(titles);
        }
    }
}
