package kr.gisa.core.search;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several articles the caller knows changed are re-indexed together, without re-checking the library. */
class UpdateByIdTest {

    @TempDir
    Path tmp;

    @Test
    void addsChangesAndRemovesJustTheNamedArticles() throws Exception {
        Library library = new Library(tmp.resolve("lib"));
        try (SearchIndex index = SearchIndex.open(library, tmp.resolve("index"), IndexProgress.NONE)) {
            Article a = library.importText("희토류 비축 확대\n정부가 희토류 비축 물량을 늘린다.\n".getBytes(StandardCharsets.UTF_8));
            Article b = library.importText("희토류 수입선 다변화\n기업들이 희토류 수입선을 넓힌다.\n".getBytes(StandardCharsets.UTF_8));
            UpdateStats s = index.update(List.of(a.id(), b.id(), "0123456789abcdef"));
            assertEquals(List.of(2, 2, 0, 0), List.of(s.articles(), s.added(), s.changed(), s.removed()));
            assertEquals(4, index.search("희토류", 10).total(), "two titles and two paragraphs");

            library.retitle(a.id(), "희토류 비축 두 배로");
            library.delete(b.id());
            s = index.update(List.of(a.id(), b.id()));
            assertEquals(List.of(1, 0, 1, 1), List.of(s.articles(), s.added(), s.changed(), s.removed()));
            assertEquals(2, index.search("희토류", 10).total());
            assertEquals(1, index.search("두 배로", 10).total());
        }
    }

    @Test
    void anUpdateOnAnInterruptedThreadCommitsAndKeepsTheFlag() throws Exception {
        Library library = new Library(tmp.resolve("lib"));
        try (SearchIndex index = SearchIndex.open(library, tmp.resolve("index"), IndexProgress.NONE)) {
            Article a = library.importText("희토류 비축 확대\n정부가 희토류 비축 물량을 늘린다.\n".getBytes(StandardCharsets.UTF_8));
            Thread.currentThread().interrupt(); // a file channel used with the flag set is closed by it
            UpdateStats s;
            try {
                s = index.update(List.of(a.id()));
            } finally {
                assertTrue(Thread.interrupted(), "the flag is kept for the caller");
            }
            assertEquals(1, s.added());
            assertEquals(2, index.search("희토류", 10).total());
            assertTrue(index.notes().isEmpty(), index.notes().toString());
        }
        try (SearchIndex again = SearchIndex.open(library, tmp.resolve("index"), IndexProgress.NONE)) {
            assertEquals(0, again.lastUpdate().added(), "committed: nothing to redo");
            assertTrue(again.notes().isEmpty(), again.notes().toString());
        }
    }
}
