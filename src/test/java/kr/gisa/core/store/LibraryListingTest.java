package kr.gisa.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Listing reads each folder once: stray folders and files named like ids are not articles. */
class LibraryListingTest {

    @TempDir
    Path root;

    @Test
    void idsFirstIdAndTimesAgree() throws Exception {
        Library library = new Library(root);
        assertNull(library.firstId(), "an empty library has no first article");
        List<String> made = Stream.of("희토류 비축\n정부가 희토류를 비축한다.\n", "반도체 수출\n반도체 수출이 늘었다.\n",
                        "전기차 배터리\n배터리 공장이 선다.\n")
                .map(t -> {
                    try {
                        return library.importText(t.getBytes(StandardCharsets.UTF_8)).id();
                    } catch (StoreException e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toList();
        Files.createDirectories(root.resolve("0000000000000000"));           // a folder without article.json
        Files.writeString(root.resolve("0000000000000001"), "not a folder");  // a file named like an id
        Files.createDirectories(root.resolve(".trash").resolve("0000000000000002"));  // sorts first, not an id
        assertEquals(made, library.ids());
        assertEquals(made.get(0), library.firstId());
        assertEquals(made, List.copyOf(library.modifiedTimes().keySet()));
        assertEquals(Files.getLastModifiedTime(root.resolve(made.get(1)).resolve(Library.ARTICLE_JSON)),
                library.modifiedTimes().get(made.get(1)));
    }

    @Test
    void hasAtLeastCountsEntriesNamedLikeIdsAndStopsThere() throws Exception {
        Library library = new Library(root);
        assertTrue(library.hasAtLeast(0));
        assertFalse(library.hasAtLeast(1));
        for (int i = 0; i < 5; i++) Files.createDirectories(root.resolve(String.format("%016x", i)));
        Files.createDirectories(root.resolve(".trash"));
        assertTrue(library.hasAtLeast(5));
        assertFalse(library.hasAtLeast(6), "a folder not named like an id (the trash) does not count");
        assertFalse(new Library(root.resolve("missing")).hasAtLeast(1), "an unreadable folder holds nothing");
    }
}
