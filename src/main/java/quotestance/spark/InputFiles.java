package quotestance.spark;

import quotestance.Redaction;
import quotestance.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the paths the user gave (files, folders, globs; local or any Hadoop filesystem) into the files to
 * read and settles the format. A path that exists is read as it is, whatever characters its name holds; only
 * a path that does not exist is taken as a glob pattern. Folders are read like Spark reads them: their own
 * files, not subfolders, except for {@code text}, whose articles are files at any depth; names starting with
 * {@code _} or {@code .} are skipped. A file the user names is read whatever its ending. Local paths are
 * listed with java.nio, so that any name the local filesystem allows works.
 */
public final class InputFiles {
    /** A scheme followed by a slash ({@code hdfs://}, {@code s3a://}, {@code file:/}): a URI, not a local name. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):/");

    public record Listing(InputFormat format, List<InputFile> files) {
        public long totalBytes() {
            return files.stream().mapToLong(InputFile::size).sum();
        }
    }

    private InputFiles() {
    }

    public static Listing list(List<String> inputs, InputFormat requested, Configuration conf) {
        List<InputFile> named = new ArrayList<>();     // files the user named (or a glob matched)
        List<InputFile> inFolders = new ArrayList<>(); // files found in folders the user named
        boolean recursive = requested == InputFormat.TEXT;
        for (String input : inputs) {
            java.nio.file.Path local = localPath(input, conf);
            if (local != null) LocalFiles.add(local, input, recursive, named, inFolders);
            else HadoopFiles.add(input, recursive, conf, named, inFolders);
        }
        InputFormat format = requested != null ? requested : infer(named, inFolders, inputs);
        List<InputFile> files = new ArrayList<>(named);
        for (InputFile f : inFolders) {
            if (format.matches(f.name())) files.add(f);
        }
        if (files.isEmpty()) {
            throw new UserError("no " + format.label() + " files in " + shown(inputs));
        }
        files.sort(Comparator.comparing(InputFile::name));
        Map<String, InputFile> distinct = new LinkedHashMap<>();
        for (InputFile f : files) distinct.putIfAbsent(f.uri(), f);
        return new Listing(format, List.copyOf(distinct.values()));
    }

    /** The local path an input names, or null when it is on another filesystem (a URI, or a cluster's default). */
    private static java.nio.file.Path localPath(String input, Configuration conf) {
        try {
            var scheme = SCHEME.matcher(input);
            if (scheme.find()) {
                if (!scheme.group(1).equalsIgnoreCase("file")) return null;
                return java.nio.file.Path.of(new Path(input).toUri().getPath());
            }
            if (!"file".equals(FileSystem.getDefaultUri(conf).getScheme())) return null;
            return java.nio.file.Path.of(input).toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) { // an InvalidPathException too
            throw new UserError("bad input path " + Redaction.uri(input) + ": " + oneLine(e));
        }
    }

    private static InputFormat infer(List<InputFile> named, List<InputFile> inFolders, List<String> inputs) {
        Set<InputFormat> found = EnumSet.noneOf(InputFormat.class);
        for (InputFile f : named) {
            found.add(InputFormat.of(f.name()).orElseThrow(() -> new UserError(
                    "cannot tell the format of " + f.name() + " from its name; pass --format jsonl|parquet|csv|text")));
        }
        for (InputFile f : inFolders) {
            InputFormat.of(f.name()).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new UserError("no jsonl, parquet, csv or txt files in " + shown(inputs)
                    + " (folders are read without their subfolders unless --format text)");
        }
        if (found.size() > 1) {
            throw new UserError("the input mixes formats (" + found.stream().map(InputFormat::label)
                    .collect(Collectors.joining(", ")) + "); pass --format to choose one");
        }
        return found.iterator().next();
    }

    private static String shown(List<String> inputs) {
        return inputs.stream().map(Redaction::uri).collect(Collectors.joining(", "));
    }

    /** Names starting with {@code _} or {@code .} are Spark's and Hadoop's bookkeeping, or hidden: not input. */
    static boolean hidden(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    /** The first line of an exception's message (its class when it has none), with any URI password hidden. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null) m = e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return Redaction.uri(nl >= 0 ? m.substring(0, nl) : m);
    }
}
