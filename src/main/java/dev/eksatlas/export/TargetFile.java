package dev.eksatlas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before anything is written, that a path names a file that can be written or replaced. */
final class TargetFile {
    private TargetFile() {
    }

    /** The absolute path to write (a symbolic link's target); throws if it cannot be written. */
    static Path check(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            try {
                file = file.toRealPath();
            } catch (IOException e) {
                throw ExportException.cannotWrite(target, "it is a link to a file that does not exist");
            }
        }
        Path folder = file.getParent();
        if (folder == null || file.getFileName() == null) {
            throw ExportException.cannotWrite(target, "it names no file");
        }
        if (!Files.exists(folder)) {
            throw ExportException.cannotWrite(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw ExportException.cannotWrite(target, folder + " is a file, not a folder");
        }
        if (Files.isDirectory(file)) {
            throw ExportException.cannotWrite(target, "it is a folder; give a file name");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw ExportException.cannotWrite(target, "it is not a regular file");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw ExportException.cannotWrite(target, "the file is read-only");
        }
        if (!Files.isWritable(folder)) {
            throw ExportException.cannotWrite(target, "the folder " + folder + " is read-only");
        }
        return file;
    }
}
