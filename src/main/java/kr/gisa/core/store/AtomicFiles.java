package kr.gisa.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes that never leave a half-written file at the target: temp file in the same folder, then rename. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
            }
            // createTempFile makes owner-only files; the result should look like any file the user saves.
            copyPermissions(abs, tmp, false);
            move(tmp, abs);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Gives {@code fresh} the permissions of {@code existing}, or the usual rw-r--r-- (rwxr-xr-x for a
     * folder) when there is none. File systems without POSIX permissions are left alone.
     */
    public static void copyPermissions(Path existing, Path fresh, boolean folder) {
        try {
            Set<PosixFilePermission> perms = Files.exists(existing)
                    ? Files.getPosixFilePermissions(existing)
                    : PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--");
            Files.setPosixFilePermissions(fresh, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not POSIX, or not ours to change: the content is what matters
        }
    }

    /** Renames {@code from} onto {@code to} atomically where the file system allows it. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
