package kr.gisa.solr;

import kr.gisa.core.analysis.BigramAnalyzer;
import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.analysis.KoreanAnalyzer;
import kr.gisa.core.archive.Configset;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.testing.Seed;
import kr.gisa.testing.SolrCluster;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.response.schema.FieldTypeRepresentation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two engines analyse Korean identically: every sentence of the seed article and a set of tricky
 * ones go through the running cluster's {@code /analysis/field} (over HTTP, SolrJ's
 * {@link FieldAnalysisRequest}) and through the embedded chains, and must give the same terms, offsets,
 * positions and token types — index and query side of {@code gisa_ko}, and {@code gisa_bigram}.
 */
@Tag("cluster")
class AnalysisParityClusterTest {

    private static final String COLLECTION = "parity";
    private static SolrCluster solr;
    private static Http2SolrClient client;
    private static final KoreanAnalysis SHIPPED = KoreanAnalysis.shipped();

    @BeforeAll
    static void start() {
        solr = SolrCluster.get();
        solr.createCollection(COLLECTION, 1, 1);
        client = new Http2SolrClient.Builder(solr.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        solr.deleteCollection(COLLECTION);
    }

    /** Every text of the seed article, then sentences that exercise each step of the chain. */
    static List<String> sentences() {
        Article a = Seed.article();
        List<String> out = new ArrayList<>();
        out.add(a.title());
        out.addAll(a.subtitles());
        for (Section s : a.sections()) {
            if (s.heading() != null) out.add(s.heading());
            for (var b : s.blocks()) {
                if (b instanceof Paragraph p) out.add(p.text());
                else if (b instanceof Photo ph && !ph.caption().isBlank()) out.add(ph.caption());
            }
        }
        out.addAll(List.of(
                "엔비디아는 GPU 26만장을 공급한다.",
                "26만장, 260,000장, 260000장은 같은 수다.",
                "6만5000명과 3.5%의 성장률, 1,2345는 숫자가 아니다.",
                "1조2000억원 규모의 투자와 5만, 6만 대의 차량",
                "韓國 政府와 大韓民國 國會",
                "ＧＰＵ와 ＡＩ 반도체, ｇｐｕ 서버",
                "NVIDIA CEO Jensen Huang said the GPU market is growing 3.5% a year.",
                Normalizer.normalize("한국 정부는 반도체 산업을 지원한다.", Normalizer.Form.NFD),
                "현대자동차그룹과 삼성전자가 데이터센터를 짓는다.",
                "nvidia와 엔비디아, 하이퍼클로바X와 네이버의 클로바",
                "오픈AI의 챗GPT와 딥시크, 셀트리온은 셀트리온과 다르다.",
                "그래픽처리장치(GPU)·신경망처리장치(NPU) — \"인공지능\" 칩!",
                "samsung electronics와 hyundai motor, data center",
                "이것은 무엇일까? 저것은 어디에 있나요…",
                "🚀 로켓과 이모지 😀, 그리고 ① 동그라미 숫자"));
        return out;
    }

    @Test
    void koreanIndexAnalysisIsTheEmbeddedOne() throws Exception {
        int n = 0;
        for (String s : sentences()) {
            assertEquals(lucene(SHIPPED.indexAnalyzer(), s), solr("gisa_ko", s, false), "gisa_ko index: " + s);
            n++;
        }
        assertTrue(n >= 40, "sentences: " + n);
    }

    @Test
    void koreanQueryAnalysisIsTheEmbeddedOne() throws Exception {
        // Synonyms make a token graph; Solr's analysis handler lists its tokens ordered by where each came
        // from, not in stream order, so the query side compares them sorted by position (same multiset).
        for (String s : sentences()) {
            assertEquals(byPosition(lucene(SHIPPED.queryAnalyzer(), s)), byPosition(solr("gisa_ko", s, true)), "gisa_ko query: " + s);
        }
        // the synonyms really are on: a query for nvidia also holds 엔비디아, and 삼성전자 (two tokens) expands
        assertTrue(solr("gisa_ko", "nvidia", true).stream().anyMatch(t -> t.startsWith("엔비디아")));
        assertTrue(solr("gisa_ko", "삼성전자", true).stream().anyMatch(t -> t.startsWith("samsung")));
    }

    @Test
    void bigramAnalysisIsTheEmbeddedOne() throws Exception {
        for (String s : sentences()) {
            assertEquals(lucene(new BigramAnalyzer(), s), solr("gisa_bigram", s, false), "gisa_bigram: " + s);
        }
    }

    @Test
    void schemaStopTagsAreTheEmbeddedOnes() throws Exception {
        FieldTypeRepresentation type = new SchemaRequest.FieldType("gisa_ko").process(client, COLLECTION).getFieldType();
        String expected = KoreanAnalyzer.STOP_TAGS.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        for (var analyzer : List.of(type.getIndexAnalyzer(), type.getQueryAnalyzer())) {
            Map<String, Object> stop = analyzer.getFilters().stream()
                    .filter(f -> "koreanPartOfSpeechStop".equals(f.get("name"))).findFirst().orElseThrow();
            String tags = new TreeSet<>(Arrays.asList(((String) stop.get("tags")).split(","))).stream()
                    .map(String::trim).sorted().collect(Collectors.joining(","));
            assertEquals(expected, tags);
        }
    }

    @Test
    void uploadedDictionaryAndSynonymsAreTheShippedResources() throws Exception {
        var zk = solr.cluster().getZkClient();
        byte[] dict = zk.getData("/configs/" + Configset.NAME + "/" + Configset.USER_DICTIONARY, null, null, true);
        byte[] syn = zk.getData("/configs/" + Configset.NAME + "/" + Configset.SYNONYMS, null, null, true);
        assertArrayEquals(KoreanAnalysis.resource(KoreanAnalysis.USER_DICTIONARY_RESOURCE).getBytes(java.nio.charset.StandardCharsets.UTF_8), dict);
        assertArrayEquals(KoreanAnalysis.resource(KoreanAnalysis.SYNONYMS_RESOURCE).getBytes(java.nio.charset.StandardCharsets.UTF_8), syn);
        // Solr's tokenizer reads the dictionary as it is; the embedded index reads it NFC-normalised.
        String text = new String(dict, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text);
    }

    @Test
    void parityIsNotVacuous() throws Exception {
        // a different chain (the bigram one) must not pass for the Korean one
        String s = "현대자동차그룹이 26만 대를 팔았다.";
        assertNotEquals(lucene(new BigramAnalyzer(), s), solr("gisa_ko", s, false));
        assertEquals(List.of("현대|0-2|1|word", "자동차|2-5|2|word", "자동|2-4|2|word", "차|4-5|3|word", "그룹|5-7|4|word",
                "260000|9-12|6|word", "대|13-14|7|word", "팔|16-17|9|word"), solr("gisa_ko", s, false));
    }

    private static List<String> byPosition(List<String> tokens) {
        return tokens.stream().sorted(java.util.Comparator.comparingInt((String t) -> Integer.parseInt(t.split("\\|")[2]))
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    /** term|start-end|position|type of every token, positions counted from 1 as Solr reports them. */
    private static List<String> lucene(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int pos = 0;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "|" + off.startOffset() + "-" + off.endOffset() + "|" + pos + "|" + type.type());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The same from the cluster: the last phase of the field type's index or query analysis. */
    private static List<String> solr(String fieldType, String text, boolean query) throws Exception {
        FieldAnalysisRequest req = new FieldAnalysisRequest().addFieldType(fieldType);
        if (query) req.setQuery(text).setFieldValue("");
        else req.setFieldValue(text);
        FieldAnalysisResponse r = req.process(client, COLLECTION);
        FieldAnalysisResponse.Analysis analysis = r.getFieldTypeAnalysis(fieldType);
        Iterable<AnalysisResponseBase.AnalysisPhase> phases = query ? analysis.getQueryPhases() : analysis.getIndexPhases();
        List<AnalysisResponseBase.TokenInfo> last = List.of();
        if (phases != null) for (AnalysisResponseBase.AnalysisPhase p : phases) last = p.getTokens();
        List<String> out = new ArrayList<>();
        for (AnalysisResponseBase.TokenInfo t : last) {
            out.add(t.getText() + "|" + t.getStart() + "-" + t.getEnd() + "|" + t.getPosition() + "|" + t.getType());
        }
        return out;
    }
}
