package quotestance.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;

import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * Small files written so that a reader or a crash never sees half of one: a create that fails when the
 * file exists (the lock, the marker), and a replace that swaps the whole file in one step (the manifest).
 * Each filesystem gets the strongest operation it has: POSIX {@code O_EXCL} and {@code rename(2)} on local
 * disks, the NameNode's create-if-absent and rename-with-overwrite on HDFS, and a single-object PUT on
 * object stores (whose renames are copies).
 */
public final class AtomicFiles {
    private static final Set<String> OBJECT_STORES = Set.of("s3", "s3a", "s3n", "gs", "oss", "cos", "cosn", "wasb", "wasbs", "obs");

    private AtomicFiles() {
    }

    static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getUri().getScheme());
    }

    static boolean isObjectStore(FileSystem fs) {
        String scheme = fs.getUri().getScheme();
        return scheme != null && OBJECT_STORES.contains(scheme.toLowerCase(Locale.ROOT));
    }

    static java.nio.file.Path local(Path p) {
        return Paths.get(p.toUri().getPath());
    }

    /** Creates the file with these bytes; false when it exists already (nothing is written then). */
    public static boolean createNew(FileSystem fs, Path file, byte[] bytes) throws IOException {
        if (isLocal(fs)) {
            try (FileChannel ch = FileChannel.open(local(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes));
                ch.force(true);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
        try (OutputStream out = fs.create(file, false)) {
            out.write(bytes);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (fs.exists(file)) return false; // some stores report an existing file as a plain IOException
            throw e;
        }
    }

    /** Replaces the file's whole content in one step; {@code tmpName} names the file written first. */
    public static void replace(FileSystem fs, Path file, byte[] bytes, String tmpName) throws IOException {
        if (isObjectStore(fs)) { // a PUT replaces an object atomically; a rename would be a copy and a delete
            try (OutputStream out = fs.create(file, true)) {
                out.write(bytes);
            }
            return;
        }
        Path tmp = new Path(file.getParent(), tmpName);
        if (isLocal(fs)) {
            // Hadoop's local filesystem checks a file against its ".name.crc" sibling when it has one: an older
            // version wrote the manifest with one, and a stale checksum would make the new content unreadable
            Files.deleteIfExists(checksumOf(local(file)));
            java.nio.file.Path t = local(tmp);
            try (FileChannel ch = FileChannel.open(t, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            Files.move(t, local(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(local(file).getParent());
            return;
        }
        try (OutputStream out = fs.create(tmp, true)) {
            out.write(bytes);
        }
        FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(tmp, file, Options.Rename.OVERWRITE);
    }

    /** The file's bytes, or null when there is no such file. */
    public static byte[] readOrNull(FileSystem fs, Path file) throws IOException {
        if (isLocal(fs)) { // read as it is on disk: these small files are written without Hadoop's checksums
            try {
                return Files.readAllBytes(local(file));
            } catch (java.nio.file.NoSuchFileException e) {
                return null;
            }
        }
        try (InputStream in = fs.open(file)) {
            return in.readAllBytes();
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    private static java.nio.file.Path checksumOf(java.nio.file.Path file) {
        return file.resolveSibling("." + file.getFileName() + ".crc");
    }

    /** Makes a rename inside the folder durable across a power cut, not only a crash of the process. */
    private static void syncFolder(java.nio.file.Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can sync a directory; the rename itself is already atomic
        }
    }
}
