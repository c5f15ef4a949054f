package quotestance.model;

/**
 * The language an article is written in: an ISO 639-3 code ({@code eng}, {@code fra}, ...) or {@code und}
 * when the text has too few letters to tell, with the detector's probability for it.
 */
public record Language(String code, double confidence) {
    public static final String ENGLISH = "eng";
    public static final String UNDETERMINED = "und";

    public boolean isEnglish() {
        return ENGLISH.equals(code);
    }
}
