package quotestance.spark;

import quotestance.UserError;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands the paths the user gave (files, folders, globs; local or any Hadoop filesystem) into the files to
 * read and settles the format. Folders are read like Spark reads them: their own files, not subfolders,
 * except for {@code text}, whose articles are files at any depth; names starting with {@code _} or {@code .}
 * are skipped. A file the user names is read whatever its ending.
 */
public final class InputFiles {
    public record Listing(InputFormat format, List<InputFile> files) {
        public long totalBytes() {
            return files.stream().mapToLong(InputFile::size).sum();
        }
    }

    private InputFiles() {
    }

    public static Listing list(List<String> inputs, InputFormat requested, Configuration conf) {
        List<InputFile> named = new ArrayList<>();     // files the user named
        List<InputFile> inFolders = new ArrayList<>(); // files found in folders the user named
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs;
            FileStatus[] matches;
            try {
                fs = path.getFileSystem(conf);
                matches = fs.globStatus(path);
            } catch (IOException | RuntimeException e) {
                throw new UserError("cannot read input " + input + ": " + oneLine(e));
            }
            if (matches == null || matches.length == 0) throw new UserError("input not found: " + input);
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    String root = match.getPath().toString();
                    collect(fs, match.getPath(), root, requested == InputFormat.TEXT, inFolders);
                } else {
                    named.add(new InputFile(match.getPath().toString(), null, match.getLen()));
                }
            }
        }
        InputFormat format = requested != null ? requested : infer(named, inFolders, inputs);
        List<InputFile> files = new ArrayList<>(named);
        for (InputFile f : inFolders) {
            if (format.matches(f.path())) files.add(f);
        }
        if (files.isEmpty()) {
            throw new UserError("no " + format.label() + " files in " + String.join(", ", inputs));
        }
        files.sort(Comparator.comparing(InputFile::path));
        List<InputFile> distinct = new ArrayList<>();
        for (InputFile f : files) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).path().equals(f.path())) distinct.add(f);
        }
        return new Listing(format, List.copyOf(distinct));
    }

    private static void collect(FileSystem fs, Path dir, String root, boolean recursive, List<InputFile> out) {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir);
        } catch (FileNotFoundException e) {
            throw new UserError("input not found: " + dir);
        } catch (IOException e) {
            throw new UserError("cannot list input folder " + dir + ": " + oneLine(e));
        }
        for (FileStatus child : children) {
            String name = child.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) continue;
            if (child.isDirectory()) {
                if (recursive) collect(fs, child.getPath(), root, true, out);
            } else {
                out.add(new InputFile(child.getPath().toString(), root, child.getLen()));
            }
        }
    }

    private static InputFormat infer(List<InputFile> named, List<InputFile> inFolders, List<String> inputs) {
        Set<InputFormat> found = EnumSet.noneOf(InputFormat.class);
        for (InputFile f : named) {
            found.add(InputFormat.of(f.path()).orElseThrow(() -> new UserError(
                    "cannot tell the format of " + f.path() + " from its name; pass --format jsonl|parquet|csv|text")));
        }
        for (InputFile f : inFolders) {
            InputFormat.of(f.path()).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            throw new UserError("no jsonl, parquet, csv or txt files in " + String.join(", ", inputs)
                    + " (folders are read without their subfolders unless --format text)");
        }
        if (found.size() > 1) {
            throw new UserError("the input mixes formats (" + found.stream().map(InputFormat::label)
                    .collect(Collectors.joining(", ")) + "); pass --format to choose one");
        }
        return found.iterator().next();
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null) m = e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
