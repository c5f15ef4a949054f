package quotestance.spark;

import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Hadoop's local filesystem, except that the checksum file beside a file ({@code .NAME.crc}) is named without
 * parsing the name as a path: the parent class does {@code new Path(parent, ".a:b.jsonl.crc")}, which takes
 * {@code .a} for a URI scheme and fails, so that a file whose name holds {@code :} could not be opened.
 */
public final class NameSafeLocalFileSystem extends LocalFileSystem {
    @Override
    public Path getChecksumFile(Path file) {
        // the three-part constructor keeps a relative name a name, colon or not
        return new Path(file.getParent(), new Path(null, null, "." + file.getName() + ".crc"));
    }
}
