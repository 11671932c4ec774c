package kr.gisa.app.archive;

import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.settings.SettingsStore;
import kr.gisa.cli.GisaCli;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.ArticleFinder;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchResult;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive feature's pieces without a window: options, settings, names, deadlines. */
class ArchiveBitsTest {

    @TempDir
    Path tmp;

    @Test
    void archiveIsAWindowOption() {
        WindowOptions o = WindowOptions.parse("--archive", "http://host:8983/solr/news");
        assertEquals("http://host:8983/solr/news", o.archive());
        assertFalse(o.libraryGiven());
        assertEquals("http://h/solr/a", WindowOptions.parse("--archive=http://h/solr/a").archive());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WindowOptions.parse("--archive"));
        assertTrue(e.getMessage().contains("--archive URL"), e.getMessage());
        assertTrue(GisaCli.opensWindow(new String[]{"--archive", "http://host:8983/solr/news"}),
                "gisa --archive URL opens the window (the URL is not a subcommand)");
        assertTrue(GisaCli.opensWindow(new String[]{"--library", "lib", "--archive", "http://h/solr/a", "--article", "x"}));
    }

    @Test
    void settingsRememberTheArchiveAndTheRecentOnes() throws Exception {
        Settings s = new Settings("dark", 1.2, 1000, 700, "ko", "aaaaaaaaaaaaaaaa");
        for (int i = 0; i < 10; i++) s = s.withArchive("http://h" + i + "/solr/news");
        s = s.withArchive("http://h3/solr/news").withArchiveArticle("bbbbbbbbbbbbbbbb");
        assertEquals("http://h3/solr/news", s.archive());
        assertEquals(Settings.MAX_RECENT, s.recentArchives().size());
        assertEquals(List.of("http://h3/solr/news", "http://h9/solr/news", "http://h8/solr/news"), s.recentArchives().subList(0, 3),
                "newest first, no URL twice");
        assertEquals("bbbbbbbbbbbbbbbb", s.withArchive("http://h3/solr/news").archiveArticle(), "same archive: same article");
        assertNull(s.withArchive("http://h4/solr/news").archiveArticle(), "another archive starts at its newest");

        SettingsStore store = new SettingsStore(tmp);
        store.save(s);
        Settings back = store.load();
        assertEquals(s, back);
        Settings library = back.withoutArchive();
        assertNull(library.archive());
        assertEquals(s.recentArchives(), library.recentArchives(), "the recent ones stay for the dialog");
        assertNull(back.withLibrary("/x").archive(), "choosing a library folder leaves the archive");
        // A settings file from before the archive loads as before.
        Files.writeString(tmp.resolve(SettingsStore.FILE), "{\"theme\":\"sepia\",\"zoom\":1.1,\"library\":\"/lib\"}");
        Settings old = store.load();
        assertEquals("sepia", old.theme());
        assertNull(old.archive());
        assertEquals(List.of(), old.recentArchives());
    }

    @Test
    void archiveNamesAndAddresses() {
        assertEquals("news · host:8983", ArchiveController.label("http://host:8983/solr/news"));
        assertEquals("news · host:8983", ArchiveController.label("http://host:8983/solr/news/"));
        assertEquals("news · archive.example.kr", ArchiveController.label("https://archive.example.kr/solr/news"));
        assertTrue(ArchiveController.isHttpUrl("http://127.0.0.1:8983/solr/news"));
        assertTrue(ArchiveController.isHttpUrl("HTTPS://host/solr/news"));
        assertFalse(ArchiveController.isHttpUrl("news"));
        assertTrue(ArchiveController.isHttpUrl("http://a:8983/solr/news, http://b:8983/solr/news"), "nodes of one cluster");
        assertEquals("news · a:8983", ArchiveController.label("http://a:8983/solr/news,http://b:8983/solr/news"));
        assertFalse(ArchiveController.isHttpUrl("http://a:8983/solr/news,"));
        assertFalse(ArchiveController.isHttpUrl("ftp://host/solr/news"));
        assertFalse(ArchiveController.isHttpUrl("http://"));
        assertFalse(ArchiveController.isHttpUrl("http://host name/solr"));
    }

    /** An archive whose calls take {@code delay} ms and whose search fails when {@code down}. */
    private static final class Slow implements Archive {
        volatile long delay;
        volatile boolean down;
        volatile boolean refuses;

        private void pause() throws ArchiveException {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                throw new ArchiveException("interrupted");
            }
            if (down) throw new ArchiveException("Connection refused");
        }

        @Override
        public String url() {
            return "http://slow/solr/news";
        }

        @Override
        public List<ArchiveEntry> list(int offset, int count) throws ArchiveException {
            pause();
            return List.of(new ArchiveEntry("aaaaaaaaaaaaaaaa", "t", null, null));
        }

        @Override
        public Article load(String id) throws ArchiveException {
            pause();
            return Seed.article();
        }

        @Override
        public SearchResult search(String query, int limit, SearchMode mode) {
            String error = down ? "Connection refused" : refuses ? "bad query" : null;
            return new SearchResult(query, 0, true, List.of(), false, List.of(), error);
        }

        @Override
        public int articleCount() {
            return 1;
        }

        @Override
        public List<String> notes() {
            return List.of();
        }

        @Override
        public ArticleFinder finder(Article article) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void callsEndAtTheirDeadline() throws Exception {
        Slow slow = new Slow();
        List<String> trouble = new CopyOnWriteArrayList<>();
        TimedArchive timed = new TimedArchive(slow, Duration.ofMillis(300), trouble::add);
        assertEquals(Seed.ID, timed.load(Seed.ID).id());
        slow.delay = 10_000;
        long t0 = System.nanoTime();
        ArchiveException e = assertThrows(ArchiveException.class, () -> timed.load(Seed.ID));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 3_000, "gave up after " + ms + " ms");
        assertTrue(e.getMessage().startsWith("the archive did not answer within 1 s (loading article"), e.getMessage());
        assertTrue(trouble.isEmpty(), "loads report to their caller, not as trouble");
    }

    @Test
    void aFailedSearchTellsAnUnreachableArchiveFromARefusedQuery() {
        Slow slow = new Slow();
        List<String> trouble = new ArrayList<>();
        TimedArchive timed = new TimedArchive(slow, Duration.ofSeconds(2), trouble::add);
        slow.refuses = true;
        assertEquals("bad query", timed.search("((", 10).error());
        assertTrue(trouble.isEmpty(), "the archive answered: only the query was wrong");
        slow.down = true;
        assertEquals("Connection refused", timed.search("반도체", 10).error());
        assertEquals(List.of("Connection refused"), trouble);
    }
}
