package quotestance.model;

/**
 * The language an article is written in: an ISO 639-3 code ({@code eng}, {@code fra}, ...) or {@code und}
 * when the text has too few letters to tell or the detector hesitates, with the detector's confidence.
 */
public record Language(String code, double confidence) {
    public static final String ENGLISH = "eng";
    public static final String UNDETERMINED = "und";

    public boolean isEnglish() {
        return ENGLISH.equals(code);
    }

    /**
     * Whether the English rules run on the article: English, or undetermined (too short to tell, in a job
     * made for English news). The rules need English cues to find anything, so they find nothing in the
     * rare short text of another language.
     */
    public boolean analysedAsEnglish() {
        return isEnglish() || UNDETERMINED.equals(code);
    }
}
