package dev.eksatlas.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in its target's folder and synced to disk, that
 * {@link #commit()} moves into place in one step: readers see the old file or the new one, never
 * half of one. Closing without committing deletes the temporary file, so a failed or interrupted
 * export leaves the folder as it was. Its SHA-256 and size are taken while it is written.
 *
 * @param <T> what the writing body returned (e.g. a row count)
 */
public final class StagedFile<T> implements AutoCloseable {
    private static final int TEMP_NAME_PREFIX = 40;

    private final Path target;
    private final Path temp;
    private final T result;
    private final long bytes;
    private final String sha256;
    private boolean open = true;

    /** What writes a staged file's content; the stream is buffered and must not be closed. */
    @FunctionalInterface
    public interface Body<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private StagedFile(Path target, Path temp, T result, long bytes, String sha256) {
        this.target = target;
        this.temp = temp;
        this.result = result;
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    /** Writes {@code body} to a temporary file beside {@code target}; throws {@link ExportException} and leaves nothing behind on failure. */
    public static <T> StagedFile<T> write(Path target, Body<T> body) {
        Path file = TargetFile.check(target);
        Path temp = null;
        try {
            temp = createTemp(file);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                MessageDigest digest = newSha256();
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(Channels.newOutputStream(channel), digest), 1 << 16);
                T result = body.writeTo(out);
                out.flush();
                channel.force(true);
                return new StagedFile<>(file, temp, result, channel.size(), HexFormat.of().formatHex(digest.digest()));
            }
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw ExportException.cannotWrite(target, e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    public Path target() {
        return target;
    }

    public T result() {
        return result;
    }

    public long bytes() {
        return bytes;
    }

    public String sha256() {
        return sha256;
    }

    /** Moves the file into place, replacing an older one. */
    public void commit() {
        if (!open) {
            throw new IllegalStateException("already committed or discarded: " + target);
        }
        open = false;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network and FUSE file systems refuse atomic renames; a plain replace is the best they offer.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp, e);
            throw ExportException.cannotWrite(target, e);
        }
        syncFolder(target.getParent());
    }

    /** Deletes the temporary file unless it was committed. */
    @Override
    public void close() {
        if (open) {
            open = false;
            deleteQuietly(temp, null);
        }
    }

    private static Path createTemp(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.length() > TEMP_NAME_PREFIX ? name.substring(0, TEMP_NAME_PREFIX) : name;
        while (true) {
            Path temp = file.resolveSibling("." + stem + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // Not Files.createTempFile: that one makes the file owner-only (0600) on POSIX, and the
                // report would keep those rights after the move; CREATE_NEW honours the user's umask.
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Another export picked the same random name: pick again.
            }
        }
    }

    /** Makes the rename itself durable on POSIX; Windows cannot open a folder this way, and needs no such step. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Best effort only: the file is already in place and complete.
        }
    }

    private static void deleteQuietly(Path temp, Throwable failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
