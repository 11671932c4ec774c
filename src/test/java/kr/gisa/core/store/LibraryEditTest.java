package kr.gisa.core.store;

import kr.gisa.core.model.Article;
import kr.gisa.core.parse.Duplicate;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.parse.NewsPages;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library operations the library pane uses: delete with undo, edit title, re-import, and their events. */
class LibraryEditTest {

    @TempDir
    Path tmp;

    private final List<String> events = new ArrayList<>();

    private Library library() throws Exception {
        Library lib = new Library(tmp.resolve("lib"));
        lib.save(Seed.article(), Library.SOURCE_TXT,
                Files.readAllBytes(Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT)));
        lib.addListener(new LibraryListener() {
            @Override
            public void added(String id) {
                events.add("added " + id);
            }

            @Override
            public void changed(String id) {
                events.add("changed " + id);
            }

            @Override
            public void removed(String id) {
                events.add("removed " + id);
            }
        });
        return lib;
    }

    @Test
    void deleteMovesToTrashAndUndoRestoresEverything() throws Exception {
        Library lib = library();
        byte[] source = Files.readAllBytes(lib.folder(Seed.ID).resolve(Library.SOURCE_TXT));
        Deletion d = lib.delete(Seed.ID);
        assertEquals(Seed.article().title(), d.title());
        assertEquals(List.of(), lib.ids());
        assertFalse(lib.contains(Seed.ID));
        assertThrows(StoreException.class, () -> lib.load(Seed.ID));
        lib.undelete(d);
        assertEquals(List.of(Seed.ID), lib.ids());
        assertEquals(Seed.article(), lib.load(Seed.ID));
        assertArrayEquals(source, Files.readAllBytes(lib.folder(Seed.ID).resolve(Library.SOURCE_TXT)));
        assertEquals(List.of("removed " + Seed.ID, "added " + Seed.ID), events);
    }

    @Test
    void undoIsRefusedWhenTheIdIsInUseAgainOrTheTrashWasEmptied() throws Exception {
        Library lib = library();
        Deletion d = lib.delete(Seed.ID);
        lib.save(Seed.article(), null, null);
        StoreException e = assertThrows(StoreException.class, () -> lib.undelete(d));
        assertTrue(e.getMessage().contains("exists again"));
        Deletion d2 = lib.delete(Seed.ID);
        lib.purgeTrash();
        assertThrows(StoreException.class, () -> lib.undelete(d2));
        assertThrows(StoreException.class, () -> lib.delete("nonexistent"));
    }

    @Test
    void retitleKeepsEverythingElse() throws Exception {
        Library lib = library();
        Article a = lib.retitle(Seed.ID, "  새 제목  ");
        assertEquals("새 제목", a.title());
        assertEquals(Seed.article().withTitle("새 제목"), lib.load(Seed.ID));
        assertThrows(StoreException.class, () -> lib.retitle(Seed.ID, " "));
        assertEquals("새 제목", lib.load(Seed.ID).title());
        assertEquals(List.of("changed " + Seed.ID), events);
    }

    @Test
    void reimportFromKeptSourceKeepsIdTitleImagesAndSource() throws Exception {
        Library lib = new Library(tmp.resolve("lib2"));
        Path page = tmp.resolve("in/p.html");
        Files.createDirectories(page.getParent().resolve("p_files"));
        Files.writeString(page, NewsPages.full("p_files/a.jpg"), StandardCharsets.UTF_8);
        Files.write(page.getParent().resolve("p_files/a.jpg"), NewsPages.jpeg());
        ImportResult r = new Importer(lib).importFile(page, Duplicate.Policy.always(Duplicate.Choice.SKIP));
        Article imported = lib.load(r.id());
        lib.retitle(r.id(), "내가 고친 제목");
        // Simulate an article stored by an older extractor: one paragraph lost.
        Article damaged = new Article(imported.id(), "내가 고친 제목", List.of(), null, null, null, null, null, null,
                imported.sections().subList(0, 1));
        lib.update(damaged);

        Article again = new Importer(lib).reimport(r.id());
        assertEquals("내가 고친 제목", again.title());
        assertEquals(imported.withTitle("내가 고친 제목"), again);
        assertEquals(again, lib.load(r.id()));
        assertTrue(Files.isRegularFile(lib.folder(r.id()).resolve(again.photos().get(0).image())));
        assertTrue(Files.isRegularFile(lib.folder(r.id()).resolve(Library.SOURCE_HTML)));
        // plain text articles re-import too
        Library lib3 = library();
        assertEquals(Seed.article(), new Importer(lib3).reimport(Seed.ID));
    }

    @Test
    void saveWithImagesRefusesNamesOutsideImagesAndLeavesNothing() throws Exception {
        Library lib = new Library(tmp.resolve("lib4"));
        Article a = Seed.article().withId("abc");
        assertThrows(StoreException.class, () -> lib.save(a, "source.txt", new byte[]{1}, Map.of("../evil.jpg", new byte[]{1})));
        assertThrows(StoreException.class, () -> lib.save(a, "../source.txt", new byte[]{1}, Map.of()));
        try (var s = Files.list(lib.root())) {
            assertEquals(List.of(), s.toList()); // no article, no temporary folder left
        }
        lib.save(a, "source.txt", new byte[]{1}, Map.of("images/1.png", NewsPages.png()));
        assertArrayEquals(NewsPages.png(), Files.readAllBytes(lib.folder("abc").resolve("images/1.png")));
        // saving again without images keeps them; with an empty map drops them
        lib.save(a, "source.txt", new byte[]{1});
        assertTrue(Files.exists(lib.folder("abc").resolve("images/1.png")));
        lib.save(a, "source.txt", new byte[]{1}, Map.of());
        assertFalse(Files.exists(lib.folder("abc").resolve("images/1.png")));
    }

    @Test
    void recoverPutsBackAnArticleMovedAsideByAKilledSave() throws Exception {
        Library lib = library();
        Path aside = lib.root().resolve("." + Seed.ID + ".old-12345");
        Files.move(lib.folder(Seed.ID), aside); // the state between the two renames of save()
        Path staleTmp = Files.createDirectory(lib.root().resolve(".abc.999"));
        Files.setLastModifiedTime(staleTmp, java.nio.file.attribute.FileTime.fromMillis(0));
        Path freshTmp = Files.createDirectory(lib.root().resolve(".def.998"));
        assertEquals(2, lib.recover());
        assertEquals(Seed.article(), lib.load(Seed.ID));
        assertFalse(Files.exists(staleTmp));
        assertTrue(Files.exists(freshTmp)); // may belong to an import running now
    }
}
