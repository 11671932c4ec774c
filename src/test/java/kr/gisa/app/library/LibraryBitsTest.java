package kr.gisa.app.library;

import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The library pane's pieces that need no window: dates, dropped folders, the remembered library. */
class LibraryBitsTest {

    @TempDir
    Path tmp;

    @Test
    void publishedDatesInTheShapesKoreanSitesUse() {
        assertEquals(LocalDate.of(2025, 11, 3), LibraryEntry.parseDate("2025-11-03T09:12:00+09:00"));
        assertEquals(LocalDate.of(2025, 11, 3), LibraryEntry.parseDate("입력 2025.11.03 09:12"));
        assertEquals(LocalDate.of(2025, 1, 7), LibraryEntry.parseDate("2025/1/7"));
        assertEquals(LocalDate.of(2024, 5, 1), LibraryEntry.parseDate("2024년 5월 1일 오후 3시"));
        assertNull(LibraryEntry.parseDate("2025-13-45"));
        assertNull(LibraryEntry.parseDate("어제"));
        assertNull(LibraryEntry.parseDate(null));
    }

    @Test
    void aDroppedFolderGivesTheArticlesDirectlyInsideIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("saved"));
        Files.writeString(folder.resolve("b.html"), "<html>");
        Files.writeString(folder.resolve("a.txt"), "text");
        Files.writeString(folder.resolve("article.json"), "{}");
        Files.writeString(folder.resolve("photo.jpg"), "jpg");
        Files.writeString(folder.resolve(".hidden.html"), "<html>");
        Files.createDirectories(folder.resolve("b_files"));
        Files.writeString(folder.resolve("b_files").resolve("inner.html"), "<html>");
        Path single = Files.writeString(tmp.resolve("one.htm"), "<html>");
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        assertEquals(List.of(folder.resolve("a.txt"), folder.resolve("article.json"), folder.resolve("b.html"), single),
                ImportJob.expand(List.of(folder, single)));
        // A folder with nothing to import is passed on, so the summary says why it was refused.
        assertEquals(List.of(empty), ImportJob.expand(List.of(empty)));
    }

    @Test
    void theChosenLibraryIsSavedAndOlderSettingsStillLoad() throws Exception {
        SettingsStore store = new SettingsStore(tmp);
        Settings s = Settings.defaults().withTheme("dark").withLibrary("/home/me/news");
        store.save(s);
        assertEquals(s, store.load());
        assertEquals("/home/me/news", store.load().withZoom(1.5).withLastArticle("abc").library());
        Files.writeString(store.file(), "{\"theme\":\"sepia\",\"zoom\":1.25}");
        Settings old = store.load();
        assertEquals("sepia", old.theme());
        assertNull(old.library());
        assertNull(Settings.defaults().withLibrary("  ").library());
    }
}
