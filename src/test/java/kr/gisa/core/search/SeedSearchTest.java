package kr.gisa.core.search;

import kr.gisa.testing.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of queries on the stored article: exact hits and exact highlight spans. */
class SeedSearchTest {

    @TempDir
    static Path cache;
    static SearchIndex index;

    @BeforeAll
    static void open() {
        index = SearchIndex.open(Seed.library(), cache.resolve("index"), IndexProgress.NONE);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    /** query, expected total (-1: don't care), expected hit "field s/p [[a,b],…]", and the text under its first span. */
    static Stream<Arguments> table() {
        String nfd = Normalizer.normalize("공급", Normalizer.Form.NFD);
        return Stream.of(
                // inflection: the stem inside 공급하겠다고, not the whole word
                Arguments.of("공급", 4, "paragraph 0/2 [[44,46]]", "공급"),
                Arguments.of("공급", 4, "title -1/-1 [[14,16]]", "공급"),
                Arguments.of("공급하겠다고", 4, "paragraph 0/2 [[44,46]]", "공급"),
                Arguments.of(nfd, 4, "paragraph 0/2 [[44,46]]", "공급"),
                // compounds: a part inside a compound, and a compound as one span
                Arguments.of("자동차", 1, "paragraph 0/3 [[22,25]]", "자동차"),
                Arguments.of("삼성전자", 2, "paragraph 0/3 [[8,12]]", "삼성전자"),
                Arguments.of("삼성전자", 2, "paragraph 1/2 [[0,4]]", "삼성전자"),
                // numbers in any notation
                Arguments.of("26만", 3, "paragraph 0/2 [[34,37]]", "26만"),
                Arguments.of("260000", 3, "paragraph 0/2 [[34,37]]", "26만"),
                Arguments.of("260,000", 3, "paragraph 0/2 [[34,37]]", "26만"),
                Arguments.of("26만장", 3, "paragraph 0/2 [[34,38]]", "26만장"),
                Arguments.of("26만장", 3, "title -1/-1 [[9,13]]", "26만장"),
                // synonyms, case, reading forms
                Arguments.of("nvidia", -1, "caption 0/1 [[0,6]]", "NVIDIA"),
                Arguments.of("nvidia", -1, "title -1/-1 [[0,4]]", "엔비디아"),
                Arguments.of("엔비디아", -1, "caption 0/1 [[0,6]]", "NVIDIA"),
                Arguments.of("geforce", 1, "caption 0/0 [[15,18]]", "지포스"),
                Arguments.of("gpu", -1, "title -1/-1 [[5,8]]", "GPU"),
                Arguments.of("韓國", 4, "paragraph 0/5 [[0,2]]", "한국"),
                // user dictionary: 적기 is one word here, so 적 alone finds nothing
                Arguments.of("적기", 1, "paragraph 0/2 [[40,42]]", "적기"),
                // phrases, boolean operators, prefixes and field filters
                Arguments.of("\"소버린 AI\"", 4, "title -1/-1 [[19,25]]", "소버린 AI"),
                Arguments.of("(공급 OR 할당) 네이버", -1, "paragraph 0/3 [[37,40],[47,49]]", "네이버"),
                Arguments.of("쿠다*", 3, "paragraph 3/3 [[10,12],[83,85]]", "쿠다"),
                // a Hangul prefix of a compound (반도체, indexed whole and as 반 + 도체)
                Arguments.of("반도*", 4, "paragraph 1/2 [[6,9]]", "반도체"),
                Arguments.of("반도*", 4, "paragraph 3/1 [[9,12]]", "반도체"),
                Arguments.of("삼성전*", 2, "paragraph 0/3 [[8,12]]", "삼성전자"),
                Arguments.of("title:엔비*", 1, "title -1/-1 [[0,4]]", "엔비디아"),
                Arguments.of("title:엔비디아", 1, "title -1/-1 [[0,4]]", "엔비디아"),
                Arguments.of("caption:지포스", 1, "caption 0/0 [[15,18]]", "지포스"),
                Arguments.of("section:종속 우려", -1, "paragraph 2/0 [[38,40]]", "우려"),
                // bigram fallback: a partial word morphology cannot match
                Arguments.of("클로바", 1, "paragraph 1/2 [[104,107]]", "클로바"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("table")
    void queryFindsExactSpans(String query, int total, String expected, String spanText) {
        SearchResult r = index.search(query, 50);
        assertNull(r.error(), r.error());
        if (total >= 0) assertEquals(total, r.total(), describe(r));
        SearchHit hit = r.hits().stream().filter(h -> expected.equals(describe(h))).findFirst().orElse(null);
        assertTrue(hit != null, "expected " + expected + " in " + describe(r));
        assertEquals(spanText, hit.text().substring(hit.spans().get(0).start(), hit.spans().get(0).end()));
        assertTrue(hit.snippet().contains("[" + spanText + "]"), hit.snippet());
        for (SearchHit h : r.hits()) assertEquals(h.text(), Seed.article().title().equals(h.text()) ? h.title() : h.text());
    }

    @Test
    void exclusionRemovesUnits() {
        SearchResult r = index.search("엔비디아 -GPU", 50);
        assertFalse(r.hits().isEmpty());
        for (SearchHit h : r.hits()) assertFalse(h.text().toLowerCase().contains("gpu"), h.text());
        assertTrue(r.hits().stream().anyMatch(h -> describe(h).equals("heading 2/-1 [[0,4]]")), describe(r));
    }

    @Test
    void titleRanksAboveBodyForTheSameWord() {
        assertEquals("title", index.search("공급", 5).hits().get(0).field());
    }

    @Test
    void bigramOnlyHitsRankBelowMorphologicalOnes() {
        SearchResult r = index.search("비디아", 50);
        assertTrue(r.total() > 0); // only inside 엔비디아, which the dictionary keeps whole
        SearchResult morph = index.search("엔비디아", 50);
        assertTrue(r.hits().get(0).score() < morph.hits().get(morph.hits().size() - 1).score(),
                r.hits().get(0).score() + " vs " + morph.hits().get(morph.hits().size() - 1).score());
        assertEquals("비디아", r.hits().get(0).text().substring(r.hits().get(0).spans().get(0).start(), r.hits().get(0).spans().get(0).end()));
    }

    @Test
    void aQuestionIsRelaxedAndFindsTheAnswer() {
        SearchResult r = index.search("엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", 10);
        assertTrue(r.relaxed());
        List<String> top3 = r.hits().subList(0, 3).stream().map(SeedSearchTest::describe).toList();
        assertTrue(top3.stream().anyMatch(d -> d.startsWith("paragraph 0/2 ")), top3.toString());
        assertEquals(0, index.search("엔비디아가 한국에 공급하기로 한 GPU는 몇 장인가?", 10, SearchMode.STRICT).total());
    }

    @Test
    void aMisreadWordStillCountsInPart() {
        // Nori reads 적용하나 as 적용 + 하나 ("one"): no text holds that phrase, but 적용 alone counts half
        SearchResult r = index.search("현대차그룹은 GPU를 어디에 적용하나?", 5);
        assertEquals("paragraph 1/2 [[60,65],[79,81]]", describe(r.hits().get(0)));
        assertEquals("적용", r.hits().get(0).text().substring(79, 81));
    }

    static String describe(SearchHit h) {
        StringBuilder sb = new StringBuilder(h.field() + " " + h.section() + "/" + h.paragraph() + " [");
        for (int i = 0; i < h.spans().size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('[').append(h.spans().get(i).start()).append(',').append(h.spans().get(i).end()).append(']');
        }
        return sb.append(']').toString();
    }

    static String describe(SearchResult r) {
        return r.total() + " " + r.hits().stream().map(SeedSearchTest::describe).toList();
    }
}
