package quotestance.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import quotestance.spark.ColumnMapping;
import quotestance.spark.InputFormat;
import quotestance.spark.OutputPolicy;
import quotestance.spark.PartitionBy;
import quotestance.spark.RunJob;
import quotestance.spark.RunOptions;
import quotestance.spark.SparkSessions;
import quotestance.spark.WriteMode;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read a corpus of articles, analyse each once, and write the Parquet tables and _manifest.json.",
        footer = {"",
                "Safety: a run writes only into a new or empty folder or one the job made (it holds _quotestance), never",
                "into / , a home folder or a folder that is, holds or lies in an input. Each run writes runs/<run id>/ and",
                "becomes the output by one atomic replace of _manifest.json, whose 'current' names that folder (on local",
                "disks current/ links to it): readers see the old run or the new one, never a mix. Overwrite and append",
                "remove only the job's own runs beyond --keep-runs. A run holds the lock _lock from start to publish; a",
                "second run stops (or waits, --lock-wait) and a stale lock is broken only with --break-lock. A run that",
                "fails or is killed leaves the previous output as it was; the next run removes what it left."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Files, folders or globs; local paths or any Hadoop filesystem URI (hdfs://, s3a://, ...).")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, parquet, csv or text (one article per .txt file, id = relative path). Default: from the file endings.")
    InputFormat format;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Folder for the runs (runs/<run id>/, one sub-folder per table), current/ and _manifest.json.")
    String output;

    @Option(names = "--mode", defaultValue = "error", paramLabel = "MODE",
            description = "error (refuse to replace existing tables), overwrite (publish a new run in their place), or"
                    + " append (analyse only records whose id"
                    + " the output does not hold, add them to every table, derive the corpus-wide tables again)."
                    + " Default: ${DEFAULT-VALUE}.")
    WriteMode mode;

    @Option(names = "--partition-by", defaultValue = "none", paramLabel = "KEY",
            description = "Lay the article tables out in folders by none, source, year or month. Default: ${DEFAULT-VALUE}.")
    PartitionBy partitionBy;

    @Option(names = "--max-chars", defaultValue = "5000000", paramLabel = "N",
            description = "Reject articles longer than N characters (never truncated). Default: ${DEFAULT-VALUE}.")
    long maxChars;

    @Option(names = "--id-col", defaultValue = "id", paramLabel = "NAME", description = "Input column of the article id. Default: ${DEFAULT-VALUE}.")
    String idCol;
    @Option(names = "--text-col", defaultValue = "text", paramLabel = "NAME", description = "Input column of the article text. Default: ${DEFAULT-VALUE}.")
    String textCol;
    @Option(names = "--title-col", defaultValue = "title", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
    String titleCol;
    @Option(names = "--source-col", defaultValue = "source", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
    String sourceCol;
    @Option(names = "--published-col", defaultValue = "published", paramLabel = "NAME",
            description = "ISO 8601 date or timestamp. Default: ${DEFAULT-VALUE}.")
    String publishedCol;
    @Option(names = "--url-col", defaultValue = "url", paramLabel = "NAME", description = "Default: ${DEFAULT-VALUE}.")
    String urlCol;

    @Option(names = "--parties", paramLabel = "FILE",
            description = "Parties to add to or override the default gazetteer: TSV/CSV (canonical, type, aliases|...) or JSON.")
    java.nio.file.Path parties;

    @Option(names = "--languages", split = ",", paramLabel = "CODES",
            description = "Keep only articles in these languages (ISO 639-3 like eng,fra or 639-1 like en,fr; und ="
                    + " undetermined); others go to rejects as language_excluded. Default: all (English is analysed,"
                    + " other languages get articles and sentences rows only).")
    List<String> languages;

    @Option(names = "--duplicate-threshold", defaultValue = "0.7", paramLabel = "S",
            description = "Estimated word-shingle Jaccard similarity from which an article is a near-duplicate of an"
                    + " earlier one (articles.duplicate_of). Default: ${DEFAULT-VALUE}.")
    double duplicateThreshold;

    @Option(names = "--keep-runs", defaultValue = "2", paramLabel = "N",
            description = "Runs kept on disk, this one included: the run an overwrite or append replaces stays for"
                    + " readers still reading it until the next run (1 deletes it once this run is published)."
                    + " Default: ${DEFAULT-VALUE}.")
    int keepRuns;

    @Option(names = "--lock-wait", defaultValue = "0", paramLabel = "SECONDS",
            description = "When another run holds the output's lock, wait up to this long for it instead of stopping"
                    + " at once. Default: ${DEFAULT-VALUE}.")
    long lockWaitSeconds;

    @Option(names = "--break-lock",
            description = "Break the output's lock when its holder is gone (killed, or its machine died); a lock whose"
                    + " holder still runs is never broken.")
    boolean breakLock;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master. Default: spark.master when set (spark-submit sets it), else local[*].")
    String master;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        RunOptions options = new RunOptions(inputs, format,
                new ColumnMapping(idCol, textCol, titleCol, sourceCol, publishedCol, urlCol),
                output, mode, partitionBy, maxChars, parties,
                languages == null ? null : RunOptions.languageCodes(languages), duplicateThreshold,
                new OutputPolicy(keepRuns, Duration.ofSeconds(lockWaitSeconds), breakLock));
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(master, "quotestance run");
        try {
            new RunJob(spark, System.out).run(options);
            return 0;
        } finally {
            if (ownSession) spark.stop(); // a session the caller started (tests, notebooks) stays theirs
        }
    }
}
