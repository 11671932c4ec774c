package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build on several threads gives the index a build on one thread gives: the same unit documents
 * (stored values, terms, positions and offsets, kind boosts), the same meta documents and the same
 * search results; and it keeps the sequential path's contract (problems, progress, interrupts, writer
 * failures). Nothing here depends on timing: the thread count is forced, never measured.
 */
class ParallelBuildTest {

    static final int ARTICLES = 300;
    static final int THREADS = 4; // more than this machine's cores on purpose: workers interleave

    @TempDir
    Path tmp;
    Library library;
    String broken;

    private static final String[] SENTENCES = {
            "정부가 반도체 장비 국산화를 위해 3천억원을 투입한다.",
            "소부장 기업들은 포토레지스트 생산을 늘리기로 했다.",
            "희토류 비축 물량을 두 배로 늘리는 방안이 검토된다.",
            "수출 기업들은 환율 변동에 따른 손실을 우려하고 있다.",
            "한국은행은 기준금리를 동결하고 물가 흐름을 지켜보기로 했다.",
            "서울시는 지하철 9호선 연장 구간을 내년 말 개통한다고 밝혔다.",
            "전기차 배터리 수요가 늘면서 리튬 가격이 다시 올랐다.",
            "농림축산식품부는 쌀 수급 안정 대책을 발표했다.",
            "인공지능 반도체 시장을 둘러싼 경쟁이 치열해지고 있다.",
            "지방자치단체들은 인구 감소에 대응할 예산을 늘렸다.",
            "조선업계는 액화천연가스 운반선 수주 실적을 공개했다.",
            "교육부는 대학 입시 제도 개편안을 다음 달 확정한다.",
            "기상청은 주말 동안 남부 지방에 많은 비가 내린다고 예보했다.",
            "국회는 예산안 처리를 두고 여야 협상을 이어 갔다.",
            "바이오 기업들의 임상 시험 결과 발표가 잇따랐다.",
            "중소기업 대출 연체율이 석 달 연속 상승했다.",
    };
    private static final String[] HEADINGS = {"배경", "전망", "업계 반응", "정부 대책", "", "남은 과제"};
    private static final String[] PUBLISHERS = {"가나일보", "다라신문", "마바경제"};

    @BeforeEach
    void writeLibrary() throws Exception {
        library = new Library(tmp.resolve("library"));
        for (int i = 0; i < ARTICLES; i++) library.save(article(i), Library.SOURCE_TXT, null);
        broken = ArticleIds.of("broken".getBytes(StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(library.root().resolve(broken));
        Files.writeString(dir.resolve(Library.ARTICLE_JSON), "{\"schema\": \"gisa.article\", \"title\": ");
    }

    /** Article {@code i}: a title, maybe a subtitle, sections with headings, paragraphs and captions, all varied. */
    static Article article(int i) {
        SplittableRandom r = new SplittableRandom(6L * 1_000_003 + i);
        List<Section> sections = new ArrayList<>();
        int sectionCount = 1 + r.nextInt(3);
        for (int s = 0; s < sectionCount; s++) {
            List<Block> blocks = new ArrayList<>();
            int paragraphs = 1 + r.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder text = new StringBuilder();
                int n = 1 + r.nextInt(3);
                for (int k = 0; k < n; k++) text.append(k == 0 ? "" : " ").append(pick(r, SENTENCES));
                blocks.add(new Paragraph(text.toString()));
                if (r.nextInt(4) == 0) blocks.add(new Photo(pick(r, SENTENCES), "사진 제공", null));
            }
            sections.add(new Section(s == 0 ? null : pick(r, HEADINGS), blocks));
        }
        String title = pick(r, SENTENCES).replace(".", "") + " " + i;
        List<String> subtitles = r.nextBoolean() ? List.of(pick(r, SENTENCES)) : List.of();
        String id = ArticleIds.of(("article " + i).getBytes(StandardCharsets.UTF_8));
        String published = String.format("2024-%02d-%02dT09:00:00+09:00", 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Article(id, title, subtitles, pick(r, PUBLISHERS), null, null, published, null, null, sections);
    }

    private static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    @Test
    void parallelBuildGivesTheSequentialIndex() throws Exception {
        Path seqDir = tmp.resolve("seq"), parDir = tmp.resolve("par");
        List<int[]> calls = new ArrayList<>();
        List<String> queries = List.of("반도체", "희토류 비축", "\"기준금리를 동결\"", "반도", "title:전기차", "section:전망 수출",
                "리튬 OR 배터리", "publisher:가나일보 정부", "caption:배터리");
        Thread caller = Thread.currentThread();
        List<List<String>> seqHits = new ArrayList<>(), parHits = new ArrayList<>();
        try (SearchIndex seq = SearchIndex.open(library, seqDir, IndexProgress.NONE, 1);
             SearchIndex par = SearchIndex.open(library, parDir, (done, total, phase) -> {
                 assertSame(caller, Thread.currentThread(), "progress comes from the thread that updates");
                 calls.add(new int[]{done, total});
             }, THREADS)) {
            UpdateStats built = par.lastUpdate();
            assertEquals(seq.lastUpdate(), built);
            assertEquals(List.of(ARTICLES + 1, ARTICLES, 0, 0), List.of(built.articles(), built.added(), built.changed(),
                    built.removed()));
            assertEquals(1, built.problems().size(), built.problems().toString());
            assertTrue(built.problems().get(0).contains(broken), "the unreadable article is named: " + built.problems());
            assertEquals(ARTICLES, par.articleCount());
            assertEquals(ARTICLES, seq.articleCount());

            for (String q : queries) {
                seqHits.add(hits(seq, q));
                parHits.add(hits(par, q));
            }

            UpdateStats again = par.update(IndexProgress.NONE);
            assertEquals(List.of(ARTICLES + 1, 0, 0, 0), List.of(again.articles(), again.added(), again.changed(),
                    again.removed()), "a second update indexes nothing");
            assertEquals(built.problems(), again.problems(), "the unreadable article is still reported");
        }
        for (int k = 0; k < queries.size(); k++) {
            assertTrue(seqHits.get(k).size() > 1, queries.get(k) + " finds something");
            assertEquals(seqHits.get(k).size(), parHits.get(k).size(), queries.get(k));
            for (int h = 0; h < seqHits.get(k).size(); h++) assertEquals(seqHits.get(k).get(h), parHits.get(k).get(h));
        }

        assertFalse(calls.isEmpty());
        for (int k = 0; k < calls.size(); k++) {
            assertEquals(ARTICLES + 1, calls.get(k)[1]);
            if (k > 0) assertTrue(calls.get(k)[0] >= calls.get(k - 1)[0], "progress never goes back");
        }
        assertEquals(ARTICLES + 1, calls.get(calls.size() - 1)[0], "progress reaches the total");

        List<String> seqIndex = contents(seqDir), parIndex = contents(parDir);
        assertTrue(seqIndex.size() > 10_000, "the comparison sees the postings: " + seqIndex.size());
        assertEquals(seqIndex.size(), parIndex.size());
        for (int k = 0; k < seqIndex.size(); k++) assertEquals(seqIndex.get(k), parIndex.get(k)); // first difference only
    }

    /** Every hit of {@code query} (all of them, so ties cannot be cut differently), in a stable order. */
    private static List<String> hits(SearchIndex index, String query) {
        SearchResult r = index.search(query, 5000);
        assertEquals(null, r.error(), query);
        assertTrue(r.totalExact() && r.hits().size() == r.total(), query + ": all hits returned");
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            out.add(query + " | " + h.score() + " | " + h.article() + " " + h.field() + " " + h.section() + " "
                    + h.paragraph() + " | " + h.spans() + " | " + h.snippet());
        }
        Collections.sort(out);
        out.add(query + " total " + r.total() + " relaxed " + r.relaxed() + " notes " + r.notes());
        return out;
    }

    /**
     * What the index holds, independent of segments and document order: each live document's stored
     * values and doc values under its unit address (or its meta id), and each posting — field, term,
     * document address, positions with offsets. Sorted.
     */
    static List<String> contents(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                BinaryDocValues metaIds = DocValues.getBinary(r, Fields.META_ID);
                BinaryDocValues hashes = DocValues.getBinary(r, Fields.HASH);
                BinaryDocValues stamps = DocValues.getBinary(r, Fields.STAMP);
                NumericDocValues boosts = DocValues.getNumeric(r, Fields.BOOST);
                String[] address = new String[r.maxDoc()];
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document document = stored.document(doc);
                    if (metaIds.advanceExact(doc)) {
                        assertTrue(hashes.advanceExact(doc) && stamps.advanceExact(doc));
                        address[doc] = "meta " + metaIds.binaryValue().utf8ToString();
                        out.add(address[doc] + " " + hashes.binaryValue().utf8ToString() + " "
                                + stamps.binaryValue().utf8ToString() + " stored " + document.getFields().size());
                        continue;
                    }
                    address[doc] = "unit " + document.get(Fields.ID) + " " + document.get(Fields.KIND) + " "
                            + document.get(Fields.SECTION_NO) + " " + document.get(Fields.PARAGRAPH_NO);
                    StringBuilder values = new StringBuilder(address[doc]).append(" stored");
                    for (IndexableField f : document.getFields()) {
                        values.append(" ").append(f.name()).append('=')
                                .append(f.numericValue() != null ? f.numericValue() : f.stringValue());
                    }
                    assertTrue(boosts.advanceExact(doc));
                    out.add(values.append(" boost ").append(Float.intBitsToFloat((int) boosts.longValue())).toString());
                }
                for (FieldInfo field : r.getFieldInfos()) {
                    if (field.getIndexOptions() == IndexOptions.NONE) continue;
                    Terms terms = r.terms(field.name);
                    if (terms == null) continue;
                    TermsEnum te = terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef term = te.next(); term != null; term = te.next()) {
                        String t = field.name + ":" + term.utf8ToString();
                        postings = te.postings(postings, PostingsEnum.ALL);
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            if (live != null && !live.get(doc)) continue;
                            StringBuilder sb = new StringBuilder(t).append(" @ ").append(address[doc]).append(" ×")
                                    .append(postings.freq());
                            if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                                for (int k = 0; k < postings.freq(); k++) {
                                    sb.append(' ').append(postings.nextPosition()).append(':')
                                            .append(postings.startOffset()).append('-').append(postings.endOffset());
                                }
                            }
                            out.add(sb.toString());
                        }
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private static IndexWriter memoryWriter() throws IOException {
        return new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(
                Fields.indexAnalyzer(KoreanAnalysis.shipped())).setIndexSort(KindBoostQuery.INDEX_SORT));
    }

    @Test
    void anInterruptStopsTheBuildAndTheNextUpdateFinishesIt() throws Exception {
        for (int threads : new int[]{1, THREADS}) {
            try (IndexWriter writer = memoryWriter()) {
                IndexUpdater updater = new IndexUpdater(library, writer, threads);
                Thread.currentThread().interrupt();
                UpdateStats stopped;
                try {
                    stopped = updater.update(IndexProgress.NONE);
                } finally {
                    assertTrue(Thread.interrupted(), "the interrupt status is kept (and cleared here)");
                }
                assertEquals(0, stopped.added(), threads + " threads: interrupted before the first article");
                UpdateStats rest = updater.update(IndexProgress.NONE);
                assertEquals(List.of(ARTICLES, 1), List.of(rest.added(), rest.problems().size()), threads + " threads");
                assertEquals(0, updater.update(IndexProgress.NONE).added());
            }
        }
    }

    @Test
    void aWriterFailureStopsTheWorkersAndPropagates() throws Exception {
        IndexWriter writer = memoryWriter();
        IndexUpdater updater = new IndexUpdater(library, writer, THREADS);
        UpdateStats first = updater.update(IndexProgress.NONE); // reads the (empty) meta and builds
        assertEquals(ARTICLES, first.added());
        for (int i = 0; i < ARTICLES; i++) { // every article changes: a big update again
            Article a = article(i);
            library.update(a.withTitle(a.title() + " 개정"));
        }
        writer.close();
        assertThrows(AlreadyClosedException.class, () -> updater.update(IndexProgress.NONE));
    }
}
