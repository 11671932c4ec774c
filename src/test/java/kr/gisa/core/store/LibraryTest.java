package kr.gisa.core.store;

import kr.gisa.core.model.Article;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryTest {

    @TempDir
    Path dir;

    @Test
    void storedSeedIsTheOriginalByteForByte() throws Exception {
        Path stored = Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT);
        Path original = Path.of("../shared/seed/000_4f84597b0c80ef95.txt");
        if (Files.exists(original)) assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(stored));
        assertEquals(Seed.ID, ArticleIds.of(Files.readAllBytes(stored)));
    }

    @Test
    void storedJsonIsWhatTheParserMakes() throws Exception {
        byte[] src = Files.readAllBytes(Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT));
        Article fresh = new kr.gisa.core.parse.TextArticleParser().parse(new String(src, StandardCharsets.UTF_8), Seed.ID);
        assertEquals(fresh, Seed.article());
    }

    @Test
    void jsonRoundTrip() throws Exception {
        Article a = Seed.article();
        assertEquals(a, ArticleJson.read(ArticleJson.write(a)));
    }

    @Test
    void importThenLoad() throws Exception {
        Library lib = new Library(dir);
        Article a = lib.importText("제목\n\n문단 하나.\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(a.id()), lib.ids());
        assertEquals(a, lib.load(a.id()));
        // no temporary folders are left behind
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void reimportReplacesAndKeepsImages() throws Exception {
        Library lib = new Library(dir);
        byte[] src = "제목\n\n문단 하나.\n".getBytes(StandardCharsets.UTF_8);
        Article a = lib.importText(src);
        Files.createDirectories(lib.folder(a.id()).resolve("images"));
        Files.writeString(lib.folder(a.id()).resolve("images/1.jpg"), "x");
        lib.importText(src);
        assertTrue(Files.exists(lib.folder(a.id()).resolve("images/1.jpg")));
        assertEquals(1, lib.ids().size());
    }

    @Test
    void updateRewritesTitle() throws Exception {
        Library lib = new Library(dir);
        Article a = lib.importText("제목\n\n문단.\n".getBytes(StandardCharsets.UTF_8));
        lib.update(a.withTitle("새 제목"));
        assertEquals("새 제목", lib.load(a.id()).title());
    }

    @Test
    void clearMessages() throws Exception {
        Library lib = new Library(dir);
        assertEquals("no article \"abc\" in library " + dir.toAbsolutePath().normalize(),
                assertThrows(StoreException.class, () -> lib.load("abc")).getMessage());
        assertTrue(assertThrows(StoreException.class, () -> lib.load("../etc")).getMessage().contains("invalid article id"));

        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/article.json"), "");
        assertTrue(assertThrows(StoreException.class, () -> lib.load("empty")).getMessage().endsWith("is empty"));

        Files.createDirectories(dir.resolve("bad"));
        Files.writeString(dir.resolve("bad/article.json"), "{\"id\": \"bad\", \"title\": ");
        assertTrue(assertThrows(StoreException.class, () -> lib.load("bad")).getMessage().contains("malformed JSON"));

        Files.createDirectories(dir.resolve("future"));
        Files.writeString(dir.resolve("future/article.json"), "{\"schema\":\"gisa.article\",\"version\":99,\"id\":\"future\"}");
        assertTrue(assertThrows(StoreException.class, () -> lib.load("future")).getMessage().contains("newer"));

        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/article.json"), "{\"schema\":\"x\",\"id\":\"other\"}");
        assertTrue(assertThrows(StoreException.class, () -> lib.load("other")).getMessage().contains("not a Gisa article"));

        assertThrows(StoreException.class, () -> lib.importText(new byte[0]));
        assertTrue(assertThrows(StoreException.class, () -> lib.importText(new byte[]{(byte) 0xB0, (byte) 0xA1, 0x41}))
                .getMessage().contains("not UTF-8"));
    }

    @Test
    void unwritableLibraryGivesAMessageAndWritesNothing() throws Exception {
        Path file = dir.resolve("not-a-folder");
        Files.writeString(file, "x");
        Library lib = new Library(file);
        StoreException e = assertThrows(StoreException.class,
                () -> lib.importText("제목\n\n문단.\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("cannot write article"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void atomicWriteLeavesNoTempOnFailure() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new java.io.IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void savedFilesHaveOrdinaryPermissions() throws Exception {
        Library lib = new Library(dir);
        Article a = lib.importText("제목\n\n문단.\n".getBytes(StandardCharsets.UTF_8));
        Path folder = lib.folder(a.id());
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        Path out = dir.resolve("x.txt");
        AtomicFiles.write(out, new byte[]{1});
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
