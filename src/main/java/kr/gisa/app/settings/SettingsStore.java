package kr.gisa.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import kr.gisa.core.store.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code settings.json} in the config folder: the system property
 * {@code gisa.config.dir} when set (tests point it into target/), else {@code $XDG_CONFIG_HOME/gisa},
 * else {@code ~/.config/gisa}. Writes are atomic; a missing or damaged file gives the defaults,
 * because losing a zoom level must never keep the reader from opening.
 */
public final class SettingsStore {

    public static final String FILE = "settings.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    /** The store in the user's config folder (see the class comment). */
    public static SettingsStore standard() {
        return new SettingsStore(configDir());
    }

    public static Path configDir() {
        String prop = System.getProperty("gisa.config.dir");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "gisa");
        return Path.of(System.getProperty("user.home"), ".config", "gisa");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) return Settings.defaults();
        try {
            Settings s = MAPPER.readValue(file.toFile(), Settings.class);
            return s == null ? Settings.defaults() : s;
        } catch (IOException | RuntimeException e) {
            System.err.println("gisa: ignoring damaged settings " + file + " (" + e.getClass().getSimpleName() + ")");
            return Settings.defaults();
        }
    }

    /** Saves atomically; a failure is reported on stderr once and otherwise ignored (the reader keeps working). */
    public boolean save(Settings settings) {
        try {
            AtomicFiles.write(file, MAPPER.writeValueAsBytes(settings));
            return true;
        } catch (IOException e) {
            System.err.println("gisa: cannot save settings to " + file + ": " + e.getMessage());
            return false;
        }
    }
}
