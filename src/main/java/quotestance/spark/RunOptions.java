package quotestance.spark;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;

import quotestance.UserError;

/**
 * Everything {@code run} needs, already checked by the command line. {@code languages} is null when every
 * language is kept; {@code duplicateThreshold} is the MinHash similarity from which an article counts as a
 * near-duplicate of an earlier one; {@code outputPolicy} how the output folder is kept and locked.
 */
public record RunOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String output,
                         WriteMode mode, PartitionBy partitionBy, long maxChars, java.nio.file.Path partiesFile,
                         Set<String> languages, double duplicateThreshold, OutputPolicy outputPolicy) {
    public static final long DEFAULT_MAX_CHARS = 5_000_000L;

    /** Options with the default party gazetteer, every language, the default duplicate threshold. */
    public RunOptions(List<String> inputs, InputFormat format, ColumnMapping columns, String output,
                      WriteMode mode, PartitionBy partitionBy, long maxChars) {
        this(inputs, format, columns, output, mode, partitionBy, maxChars, null, null, NearDuplicates.DEFAULT_THRESHOLD,
                OutputPolicy.DEFAULT);
    }

    public RunOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new UserError("no --input given");
        if (maxChars < 1) throw new UserError("--max-chars must be at least 1");
        if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new UserError("--duplicate-threshold must be in (0, 1], not " + duplicateThreshold);
        }
        languages = languages == null ? null : Set.copyOf(languages);
        if (outputPolicy == null) outputPolicy = OutputPolicy.DEFAULT;
    }

    public RunOptions withMode(WriteMode m) {
        return new RunOptions(inputs, format, columns, output, m, partitionBy, maxChars, partiesFile, languages, duplicateThreshold,
                outputPolicy);
    }

    public RunOptions withLanguages(Set<String> codes) {
        return new RunOptions(inputs, format, columns, output, mode, partitionBy, maxChars, partiesFile, codes, duplicateThreshold,
                outputPolicy);
    }

    public RunOptions withOutputPolicy(OutputPolicy p) {
        return new RunOptions(inputs, format, columns, output, mode, partitionBy, maxChars, partiesFile, languages, duplicateThreshold, p);
    }

    /**
     * The ISO 639-3 codes of a {@code --languages} list: three-letter codes as given, two-letter ISO 639-1
     * codes turned into their 639-3 form ({@code en} → {@code eng}), {@code und} for undetermined.
     */
    public static Set<String> languageCodes(List<String> given) {
        Set<String> codes = new TreeSet<>();
        for (String g : given) {
            String c = g.strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) continue;
            if (!c.matches("[a-z]{2,3}")) throw new UserError("--languages: '" + g + "' is not an ISO 639-1 or 639-3 code");
            if (c.length() == 2) {
                try {
                    c = Locale.forLanguageTag(c).getISO3Language();
                } catch (MissingResourceException e) {
                    throw new UserError("--languages: unknown ISO 639-1 code '" + g + "'");
                }
                if (c.isEmpty()) throw new UserError("--languages: unknown ISO 639-1 code '" + g + "'");
            }
            codes.add(c);
        }
        if (codes.isEmpty()) throw new UserError("--languages needs at least one code");
        return codes;
    }
}
