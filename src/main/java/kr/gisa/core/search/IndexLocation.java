package kr.gisa.core.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a library's index lives: outside the library, in the user's cache directory —
 * the system property {@code gisa.cache.dir} if set, else {@code $XDG_CACHE_HOME/gisa}, else
 * {@code ~/.cache/gisa} — under {@code index/<hash of the library's absolute path>}. Deleting it
 * is always safe: it is rebuilt from the library.
 */
public final class IndexLocation {

    private IndexLocation() {
    }

    public static Path cacheRoot() {
        String prop = System.getProperty("gisa.cache.dir");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "gisa");
        return Path.of(System.getProperty("user.home"), ".cache", "gisa");
    }

    /** The index folder of the library at {@code libraryRoot}. */
    public static Path forLibrary(Path libraryRoot) {
        String abs = libraryRoot.toAbsolutePath().normalize().toString();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(abs.getBytes(StandardCharsets.UTF_8));
            return cacheRoot().resolve("index").resolve(HexFormat.of().formatHex(d, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
