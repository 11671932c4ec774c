package kr.gisa.app.theme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A font inside the jar is copied to the cache once and loaded from there; one in a folder is used in place. */
class FontFileTest {

    @TempDir
    Path dir;
    private String cacheBefore;

    @BeforeEach
    void cache() {
        cacheBefore = System.getProperty("gisa.cache.dir");
        System.setProperty("gisa.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (cacheBefore == null) System.clearProperty("gisa.cache.dir");
        else System.setProperty("gisa.cache.dir", cacheBefore);
    }

    private URL jarred(byte[] content) throws IOException {
        Path jar = dir.resolve("fonts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("kr/gisa/fonts/X.ttf"));
            out.write(content);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/kr/gisa/fonts/X.ttf");
    }

    @Test
    void aFontInAFolderIsUsedWhereItIs() throws IOException {
        Path f = Files.write(dir.resolve("X.ttf"), new byte[]{1, 2, 3});
        assertEquals(f.toUri().toURL().toString(), Fonts.fileUrl(f.toUri().toURL(), "/kr/gisa/fonts/X.ttf"));
        assertTrue(Files.notExists(dir.resolve("cache")));
    }

    @Test
    void aFontInTheJarIsCopiedOnceToTheCache() throws IOException {
        byte[] content = new byte[100_000];
        for (int i = 0; i < content.length; i++) content[i] = (byte) (i * 31);
        URL url = jarred(content);
        String file = Fonts.fileUrl(url, "/kr/gisa/fonts/X.ttf");
        Path copy = Path.of(URI.create(file));
        assertTrue(copy.startsWith(dir.resolve("cache").resolve("fonts")), copy.toString());
        assertArrayEquals(content, Files.readAllBytes(copy));
        long written = Files.getLastModifiedTime(copy).toMillis();
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(written - 100_000));
        assertEquals(file, Fonts.fileUrl(url, "/kr/gisa/fonts/X.ttf"));
        assertEquals(written - 100_000, Files.getLastModifiedTime(copy).toMillis()); // not copied again
        try (var s = Files.list(copy.getParent())) {
            assertEquals(1, s.count()); // no temporary file left
        }
    }

    @Test
    void anUnwritableCacheFallsBackToTheJar() throws IOException {
        Files.write(dir.resolve("cache"), new byte[0]); // a file where the cache folder should be
        assertNull(Fonts.fileUrl(jarred(new byte[]{1, 2, 3}), "/kr/gisa/fonts/X.ttf"));
    }

    @Test
    void theBundledFontsStillLoad() {
        Fonts.load(); // from target/classes: the folder path
        assertTrue(javafx.scene.text.Font.getFamilies().contains(Fonts.FAMILY));
    }
}
