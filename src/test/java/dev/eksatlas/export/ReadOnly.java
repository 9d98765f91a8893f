package dev.eksatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Makes a file or folder read-only for the test: POSIX permissions first; where those do not bind
 * (root, as on CI) the Linux immutable attribute, which binds root too. {@link #close} undoes it.
 */
final class ReadOnly implements AutoCloseable {
    private final Path path;
    private final String permissions;
    private boolean immutable;

    private ReadOnly(Path path) throws IOException {
        this.path = path;
        this.permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static ReadOnly make(Path path) throws IOException {
        ReadOnly ro = new ReadOnly(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (Files.isWritable(path)) {
            ro.immutable = chattr("+i", path);
        }
        return ro;
    }

    /** False where neither way works here (e.g. root on a file system without the immutable attribute). */
    boolean holds() {
        return !Files.isWritable(path);
    }

    @Override
    public void close() throws IOException {
        if (immutable) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
