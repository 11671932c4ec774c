package kr.gisa.solr;

import kr.gisa.bench.CorpusGenerator;
import kr.gisa.bench.TextPool;
import kr.gisa.core.archive.SolrDocs;
import kr.gisa.core.model.Article;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchMode;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.search.Span;
import kr.gisa.core.store.Library;
import kr.gisa.testing.Seed;
import kr.gisa.testing.SolrCluster;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code {!gisa}} on a 2-shard collection finds what the embedded index finds: the same units, the same
 * BM25 scores (global statistics through ExactStatsCache, the kind boosts through the {@code boost}
 * docValues) and, with the unified highlighter over postings offsets, the same highlight spans.
 * The library is the seed article plus generated ones, so both shards hold documents.
 */
@Tag("cluster")
class GisaQueryClusterTest {

    private static final String COLLECTION = "gisa_query";
    private static final int GENERATED = 40;
    private static final int ROWS = 500;

    @TempDir
    static Path work;
    private static SearchIndex index;
    private static SolrCluster solr;
    private static Http2SolrClient client;

    @BeforeAll
    static void setUp() throws Exception {
        Path root = work.resolve("library");
        new CorpusGenerator(TextPool.load(Path.of(".")), 11).writeLibrary(root, GENERATED, null);
        Library library = new Library(root);
        Article seed = Seed.article();
        library.save(seed, Library.SOURCE_TXT, java.nio.file.Files.readAllBytes(Seed.library().source(Seed.ID)));
        index = SearchIndex.open(library, work.resolve("index"), IndexProgress.NONE);

        solr = SolrCluster.get();
        solr.createCollection(COLLECTION, 2, 1);
        client = new Http2SolrClient.Builder(solr.baseUrl()).build();
        List<SolrInputDocument> docs = new ArrayList<>();
        for (String id : library.ids()) {
            Article a = library.load(id);
            docs.addAll(SolrDocs.units(a, "r1"));
            docs.add(SolrDocs.meta(a, "r1")); // as the archive stores them: they must not change what is found or its score
        }
        client.add(COLLECTION, docs);
        client.commit(COLLECTION);
    }

    @AfterAll
    static void tearDown() {
        if (index != null) index.close();
        if (client != null) client.close();
        if (solr != null) solr.deleteCollection(COLLECTION);
    }

    /** The seed search table's queries (SeedSearchTest) and a few more. */
    static List<String> queries() {
        return List.of("공급", "공급하겠다고", Normalizer.normalize("공급", Normalizer.Form.NFD), "자동차", "삼성전자",
                "26만", "260000", "260,000", "26만장", "nvidia", "엔비디아", "geforce", "gpu", "韓國", "적기",
                "\"소버린 AI\"", "(공급 OR 할당) 네이버", "쿠다*", "반도*", "삼성전*", "title:엔비*", "title:엔비디아",
                "caption:지포스", "section:종속 우려", "클로바", "비디아", "엔비디아 -GPU", "ＧＰＵ 반도체", "데이터센터");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void strictFindsTheSameHitsScoresAndSpans(String query) throws Exception {
        SearchResult embedded = index.search(query, ROWS, SearchMode.STRICT);
        assertEquals(null, embedded.error());
        assertFalse(embedded.hits().isEmpty(), "the query table should find something: " + query);
        assertSame(embedded, solr(query, "strict", "highlight"), query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void relaxedFindsTheSameHitsScoresAndSpans(String query) throws Exception {
        SearchResult embedded = index.search(query, ROWS, SearchMode.RELAXED);
        assertTrue(embedded.relaxed());
        assertSame(embedded, solr(query, "relaxed", "relaxedHighlight"), query);
    }

    static List<String> questions() {
        return List.of("엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", "현대차그룹은 GPU를 어디에 적용하나?", "네이버 클로바 반도*");
    }

    @Test
    void aQueryErrorIsTheCompilersOneLineMessage() {
        // Solr answers 400; SolrJ's message ends with "org.apache.solr.search.SyntaxError: <the compiler's line>"
        var e = assertThrows(BaseHttpSolrClient.RemoteSolrException.class, () -> solr("은 는", "strict", "highlight"));
        assertEquals(400, e.code());
        assertTrue(e.getMessage().endsWith("org.apache.solr.search.SyntaxError: the query has only particles or endings (은, 는): "
                + "add a noun, name or number to search for"), e.getMessage());
        var part = assertThrows(BaseHttpSolrClient.RemoteSolrException.class, () -> solr("공급", "nonsense", "highlight"));
        assertTrue(part.getMessage().contains("unknown part 'nonsense'"), part.getMessage());
    }

    @Test
    void kindBoostsComeFromTheBoostDocValues() throws Exception {
        // Solr writes a pfloat's docValues as Float.floatToIntBits, which DoubleValuesSource.fromFloatField
        // reads back: the word's morphological score is multiplied by 3 on the title, by 1 on a paragraph
        // (plus a tenth of the bigram fallback's score, unboosted)
        Map<String, Hit> hits = solr("공급", "strict", "highlight");
        for (String unit : List.of("title--1--1", "paragraph-0-2")) {
            String key = Seed.ID + "!" + unit;
            float morph = score("text:공급", key);
            float bigram = score("bigram:공급", key);
            float boost = unit.startsWith("title") ? 3f : 1f;
            Hit hit = hits.get(key(Seed.ID, unit.substring(0, unit.indexOf('-')), unit.startsWith("title") ? -1 : 0,
                    unit.startsWith("title") ? -1 : 2));
            assertTrue(morph > 0 && bigram > 0, unit);
            assertEquals(boost * morph + 0.1f * bigram, hit.score(), 1e-4, unit);
        }
    }

    /** The plain score of one document for a Lucene-syntax query. */
    private static float score(String query, String key) throws Exception {
        SolrQuery q = new SolrQuery(query);
        q.addFilterQuery("{!term f=key}" + key);
        q.set("fl", "score");
        QueryResponse r = client.query(COLLECTION, q);
        assertEquals(1, r.getResults().getNumFound(), query + " on " + key);
        return (Float) r.getResults().get(0).getFieldValue("score");
    }

    private record Hit(float score, List<Span> spans) {
    }

    private static void assertSame(SearchResult embedded, Map<String, Hit> solr, String query) {
        assertEquals(embedded.total(), solr.size(), "hits of " + query);
        Map<String, Hit> expected = new TreeMap<>();
        for (SearchHit h : embedded.hits()) expected.put(key(h.article(), h.field(), h.section(), h.paragraph()), new Hit(h.score(), h.spans()));
        assertEquals(expected.keySet(), new TreeMap<>(solr).keySet(), "units found by " + query);
        for (var e : expected.entrySet()) {
            Hit s = solr.get(e.getKey());
            assertEquals(e.getValue().spans(), s.spans(), "spans of " + e.getKey() + " for " + query);
            assertEquals(e.getValue().score(), s.score(), Math.abs(e.getValue().score()) * 1e-4, "score of " + e.getKey() + " for " + query);
        }
    }

    private static String key(String id, String kind, int section, int paragraph) {
        return id + " " + kind + " " + section + "/" + paragraph;
    }

    /** The contract's query protocol: {!gisa} for the hits, the unified highlighter for the spans. */
    private static Map<String, Hit> solr(String query, String part, String highlightPart) throws SolrServerException, java.io.IOException {
        SolrQuery q = new SolrQuery();
        q.set("q", "{!gisa part=" + part + " v=$gq}");
        q.set("gq", query);
        q.set("fl", "key,id,kind,title,section_no,paragraph_no,text,score");
        q.setRows(ROWS);
        q.set("hl", true);
        q.set("hl.method", "unified");
        q.set("hl.q", "{!gisa part=" + highlightPart + " v=$gq}");
        q.set("hl.fl", "text,title,section,caption,bigram");
        q.set("hl.offsetSource", "POSTINGS");
        q.set("hl.weightMatches", true);
        q.set("hl.requireFieldMatch", true);
        q.set("hl.bs.type", "WHOLE");
        q.set("hl.fragsize", 0);
        q.set("hl.snippets", 1);
        q.set("hl.defaultSummary", false);
        q.set("hl.maxAnalyzedChars", 1_000_000);
        q.set("hl.tag.pre", "\uE000");
        q.set("hl.tag.post", "\uE001");
        QueryResponse r = client.query(COLLECTION, q);
        assertEquals(r.getResults().getNumFound(), r.getResults().size(), "more than " + ROWS + " hits");
        Map<String, Hit> out = new TreeMap<>();
        for (SolrDocument d : r.getResults()) {
            String kind = (String) d.getFieldValue("kind");
            String text = (String) d.getFieldValue("text");
            Map<String, List<String>> marked = r.getHighlighting().getOrDefault((String) d.getFieldValue("key"), Map.of());
            List<Span> spans = new ArrayList<>(spans(marked.get("text"), text));
            String own = switch (kind) {
                case "title" -> "title";
                case "heading" -> "section";
                case "caption" -> "caption";
                default -> null;
            };
            if (own != null) spans.addAll(spans(marked.get(own), text));
            if (spans.isEmpty()) spans.addAll(spans(marked.get("bigram"), text));
            out.put(key((String) d.getFieldValue("id"), kind, (Integer) d.getFieldValue("section_no"), (Integer) d.getFieldValue("paragraph_no")),
                    new Hit((Float) d.getFieldValue("score"), Span.merge(spans)));
        }
        return out;
    }

    /** The marked ranges of a whole highlighted value; the value without marks must be the unit's text. */
    private static List<Span> spans(List<String> snippets, String text) {
        if (snippets == null || snippets.isEmpty()) return List.of();
        String marked = snippets.get(0);
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int start = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == '\uE000') start = plain.length();
            else if (c == '\uE001') spans.add(new Span(start, plain.length()));
            else plain.append(c);
        }
        assertEquals(text, plain.toString(), "highlighted value");
        return spans;
    }
}
