package kr.gisa.core.search;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building, incremental updates, schema rebuilds, damaged and locked indexes. */
class IndexLifecycleTest {

    @TempDir
    Path tmp;
    Library library;
    Path location;

    @BeforeEach
    void copySeed() throws Exception {
        library = new Library(tmp.resolve("library"));
        Article seed = Seed.article();
        library.save(seed, Library.SOURCE_TXT, Files.readAllBytes(Seed.libraryRoot().resolve(Seed.ID).resolve(Library.SOURCE_TXT)));
        location = tmp.resolve("cache/index");
    }

    private static final String EXTRA = """
            반도체 장비 국산화 속도
            정부가 반도체 장비 국산화를 위해 3천억원을 투입한다.

            소부장 기업들은 포토레지스트 생산을 늘리기로 했다.
            """;

    @Test
    void incrementalUpdatesTouchOnlyWhatChanged() throws Exception {
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertEquals(new UpdateStats(1, 1, 0, 0, java.util.List.of()), index.lastUpdate());
            assertEquals(0, index.search("포토레지스트", 10).total());
        }
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertEquals(new UpdateStats(1, 0, 0, 0, java.util.List.of()), index.lastUpdate(), "reopening re-indexes nothing");
            // add
            Article extra = library.importText(EXTRA.getBytes(StandardCharsets.UTF_8));
            UpdateStats added = index.update(IndexProgress.NONE);
            assertEquals(new UpdateStats(2, 1, 0, 0, java.util.List.of()), added);
            SearchResult r = index.search("포토레지스트", 10);
            assertEquals(1, r.total());
            assertEquals(extra.id(), r.hits().get(0).article());
            assertEquals(1, index.search("300000000000", 10).total()); // 3천억 as a number
            // change: a new title is found, the old one is gone
            library.update(extra.withTitle("포토레지스트 증산 계획"));
            assertEquals(new UpdateStats(2, 0, 1, 0, java.util.List.of()), index.update(IndexProgress.NONE));
            assertEquals(1, index.search("title:증산", 10).total());
            assertEquals(0, index.search("title:국산화", 10).total());
            // remove
            deleteTree(library.root().resolve(extra.id()));
            assertEquals(new UpdateStats(1, 0, 0, 1, java.util.List.of()), index.update(IndexProgress.NONE));
            assertEquals(0, index.search("포토레지스트", 10).total());
            assertEquals(1, index.articleCount());
        }
    }

    @Test
    void updatingOneArticleTouchesOnlyThatArticle() throws Exception {
        Article other = library.importText("""
                디스플레이 패널 수출 증가
                유기발광 패널 수출이 늘었다.
                """.getBytes(StandardCharsets.UTF_8));
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            // add: only the named article is looked at, so the other's change stays unindexed
            Article extra = library.importText(EXTRA.getBytes(StandardCharsets.UTF_8));
            library.update(other.withTitle("패널 증설 발표"));
            assertEquals(new UpdateStats(3, 1, 0, 0, java.util.List.of()), index.update(extra.id()));
            assertEquals(1, index.search("포토레지스트", 10).total());
            assertEquals(0, index.search("title:증설", 10).total(), "the other article was not re-indexed");
            // change
            library.update(extra.withTitle("포토레지스트 증산 계획"));
            assertEquals(new UpdateStats(3, 0, 1, 0, java.util.List.of()), index.update(extra.id()));
            assertEquals(1, index.search("title:증산", 10).total());
            assertEquals(0, index.search("title:국산화", 10).total());
            assertEquals(new UpdateStats(3, 0, 0, 0, java.util.List.of()), index.update(extra.id()), "unchanged: nothing to do");
            // remove
            deleteTree(library.root().resolve(extra.id()));
            assertEquals(new UpdateStats(2, 0, 0, 1, java.util.List.of()), index.update(extra.id()));
            assertEquals(0, index.search("포토레지스트", 10).total());
            assertEquals(new UpdateStats(2, 0, 0, 0, java.util.List.of()), index.update(extra.id()), "already gone");
            assertEquals(1, index.update("../" + Seed.ID).problems().size());
            // the others are as they were: the seed untouched, the other article still under its old title
            assertTrue(index.search("엔비디아", 10).total() > 0);
            assertEquals(1, index.search("title:디스플레이", 10).total());
            assertEquals(2, index.articleCount());
            // a full update still finds what the per-article ones left
            assertEquals(new UpdateStats(2, 0, 1, 0, java.util.List.of()), index.update(IndexProgress.NONE));
            assertEquals(1, index.search("title:증설", 10).total());
        }
    }

    @Test
    void progressIsReported() {
        int[] last = {-1, -1};
        try (SearchIndex index = SearchIndex.open(library, location, (done, total, phase) -> {
            last[0] = done;
            last[1] = total;
        })) {
            assertEquals(1, last[0]);
            assertEquals(1, last[1]);
        }
    }

    @Test
    void anUnreadableArticleKeepsItsOldEntryAndIsReported() throws Exception {
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            Files.writeString(library.root().resolve(Seed.ID).resolve(Library.ARTICLE_JSON), "{ broken");
            UpdateStats s = index.update(IndexProgress.NONE);
            assertEquals(1, s.problems().size());
            assertTrue(s.problems().get(0).startsWith("not indexed: "), s.problems().get(0));
            assertEquals(4, index.search("공급", 10).total(), "the article stays searchable");
            assertTrue(index.notes().contains(s.problems().get(0)));
        }
    }

    @Test
    void anOlderSchemaIsRebuilt() throws Exception {
        SearchIndex.open(library, location, IndexProgress.NONE).close();
        try (FSDirectory dir = FSDirectory.open(location);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("gisa.schema", "0", "gisa.analysis", "old").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertTrue(index.notes().stream().anyMatch(n -> n.contains("has been rebuilt")), index.notes().toString());
            assertEquals(1, index.lastUpdate().added());
            assertEquals(4, index.search("공급", 10).total());
        }
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertEquals(java.util.List.of(), index.notes(), "rebuilt once, not every time");
        }
    }

    @Test
    void aDamagedIndexIsRebuilt() throws Exception {
        SearchIndex.open(library, location, IndexProgress.NONE).close();
        try (Stream<Path> files = Files.list(location)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) Files.write(f, "garbage".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertTrue(index.notes().stream().anyMatch(n -> n.startsWith("the search index was damaged (")
                    && n.endsWith(") and has been rebuilt; no article was lost")), index.notes().toString());
            assertFalse(index.readOnly());
            assertEquals(4, index.search("공급", 10).total());
        }
    }

    @Test
    void aDeletedSegmentFileIsRebuilt() throws Exception {
        SearchIndex.open(library, location, IndexProgress.NONE).close();
        try (Stream<Path> files = Files.list(location)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".cfs") || n.endsWith(".si") || n.endsWith(".fdt")) Files.delete(f);
            }
        }
        try (SearchIndex index = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertTrue(index.notes().stream().anyMatch(n -> n.startsWith("the search index was damaged")), index.notes().toString());
            assertEquals(4, index.search("공급", 10).total());
        }
    }

    @Test
    void aSecondInstanceSearchesReadOnly() throws Exception {
        try (SearchIndex first = SearchIndex.open(library, location, IndexProgress.NONE);
             SearchIndex second = SearchIndex.open(library, location, IndexProgress.NONE)) {
            assertFalse(first.readOnly());
            assertTrue(second.readOnly());
            assertTrue(second.notes().get(0).startsWith("the search index is in use by another running Gisa: searching it read-only"),
                    second.notes().toString());
            SearchResult r = second.search("공급", 10);
            assertEquals(4, r.total());
            assertTrue(r.notes().contains(second.notes().get(0)), "each result carries the read-only note");
            assertEquals(null, second.update(IndexProgress.NONE));
        }
    }

    @Test
    void anUnusableCacheFolderFallsBackToMemory() throws Exception {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "x");
        try (SearchIndex index = SearchIndex.open(library, file.resolve("index"), IndexProgress.NONE)) {
            assertTrue(index.notes().get(0).endsWith(": searching a temporary index in memory"), index.notes().toString());
            assertEquals(4, index.search("공급", 10).total());
        }
    }

    @Test
    void theCacheFolderIsKeyedByLibraryAndHonoursTheProperty() {
        Path a = IndexLocation.forLibrary(Path.of("/x/library"));
        assertEquals(a, IndexLocation.forLibrary(Path.of("/x/../x/library")));
        assertFalse(a.equals(IndexLocation.forLibrary(Path.of("/y/library"))));
        assertEquals(Path.of(System.getProperty("gisa.cache.dir")).resolve("index"), a.getParent());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
