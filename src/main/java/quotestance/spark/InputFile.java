package quotestance.spark;

import quotestance.Redaction;
import java.io.Serializable;
import java.net.URI;

import org.apache.hadoop.fs.Path;

/**
 * One file to read. {@code uri} is what opens it: a Hadoop path is built from it as a {@link URI}, never by
 * parsing a file name, so names with {@code :}, {@code ,} or glob characters stay one file. {@code name} is
 * what the user sees, in messages and as {@code source_file}: the path with any password in it hidden.
 * {@code relativePath} is the path below the folder the user named (the file name when the user named the
 * file itself): the id of a text article.
 */
public record InputFile(String uri, String name, String relativePath, long size) implements Serializable {
    static InputFile of(URI uri, String relativePath, long size) {
        return new InputFile(uri.toASCIIString(), nameOf(new Path(uri)), relativePath, size);
    }

    /** The Hadoop path of this file. */
    Path hadoopPath() {
        return new Path(URI.create(uri));
    }

    /** The Hadoop path as text, password and all: to compare paths with, never to show. */
    public String path() {
        return hadoopPath().toString();
    }

    /** How a file's path is shown and stored: Hadoop's form of it, without the password of its URI. */
    static String nameOf(Path path) {
        return Redaction.uri(path.toString());
    }
}
