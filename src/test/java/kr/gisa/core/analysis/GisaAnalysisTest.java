package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gisa's own chain: what each stage adds to stock Nori, with offsets into the original text. */
class GisaAnalysisTest {

    private static final KoreanAnalysis SHIPPED = KoreanAnalysis.shipped();
    private final Analyzer index = SHIPPED.indexAnalyzer();
    private final Analyzer query = SHIPPED.queryAnalyzer();

    @Test
    void particlesEndingsAndCopulaAreDropped() {
        assertEquals(List.of("한국[0,2]", "대단[4,6]", "나라[8,10]"), Tokens.of(index, "한국은 대단한 나라입니다."));
        assertEquals(List.of("적기[0,2]", "공급[4,6]"), Tokens.of(index, "적기에 공급하겠다고"));
    }

    @Test
    void userDictionaryKeepsNewsNamesWhole() {
        assertEquals(List.of("엔비디아[0,4]"), Tokens.of(index, "엔비디아는"));
        assertEquals(List.of("하이퍼클로바x[0,7]", "성능[8,10]"), Tokens.of(index, "하이퍼클로바X 성능을"));
        for (String word : List.of("팹리스", "소버린", "피지컬", "쿠다", "옴니버스", "코스모스", "네모", "지포스")) {
            assertEquals(List.of(word), Tokens.terms(index, word), word);
        }
        List<String> inContext = Tokens.of(index, "국내에 최신 GPU 26만장을 적기에 공급하겠다고 약속했다.");
        assertTrue(inContext.contains("적기[17,19]"), inContext.toString());
    }

    @Test
    void shortNamesOfGovernmentBodiesReadTheSameWhateverFollows() {
        // Nori alone read 금통위 as 금 (query), 한은가 as 한 + 은가, 중기부 as 중 + 기부
        for (String word : List.of("금통위", "한은", "중기부", "기재부", "금감원")) {
            for (String text : List.of(word, word + "가 밝혔다", word + "는 ", "정부와 " + word + "의 발표")) {
                assertTrue(Tokens.terms(query, text).contains(word), text + " → " + Tokens.terms(query, text));
            }
        }
        // where the parts are words, they stay findable: 산업 finds 산업부, which is also indexed whole
        assertEquals(List.of("산업부[0,3]", "산업[0,2]", "부[2,3]"), Tokens.of(index, "산업부가"));
        assertEquals(List.of("산업[0,2]", "부[2,3]"), Tokens.of(query, "산업부가"));
    }

    @Test
    void compoundsDecompose() {
        // the index keeps a compound whole beside its parts; queries read the parts only
        assertEquals(List.of("현대[0,2]", "자동차[2,5]", "자동[2,4]", "차[4,5]", "그룹[5,7]"), Tokens.of(index, "현대자동차그룹에"));
        assertEquals(List.of("기자[0,2]", "간담회[2,5]", "간담[2,4]", "회[4,5]"), Tokens.of(index, "기자간담회에서"));
        assertEquals(List.of("기자[0,2]", "간담[2,4]", "회[4,5]"), Tokens.of(query, "기자간담회에서"));
        assertEquals(List.of("삼성전자[0,4]", "삼성[0,2]", "전자[2,4]"), Tokens.of(index, "삼성전자와"));
        assertEquals(List.of("데이터센터[0,5]", "데이터[0,3]", "센터[3,5]"), Tokens.of(index, "데이터센터"));
        // inflected verbs are not kept whole (MIXED would add 밝혔 beside 밝히 + 었)
        assertEquals(List.of("한국은행[0,4]", "한국[0,2]", "은행[2,4]", "밝히[6,8]"), Tokens.of(index, "한국은행이 밝혔다"));
    }

    @Test
    void numbersAreOneTermWhateverTheNotation() {
        assertEquals(List.of("260000[0,3]", "장[3,4]"), Tokens.of(index, "26만장을"));
        assertEquals(List.of("260000[0,3]", "장[3,4]"), Tokens.of(index, "26만장"));
        assertEquals(List.of("260000[0,7]"), Tokens.of(index, "260,000"));
        assertEquals(List.of("260000[0,6]"), Tokens.of(index, "260000"));
        assertEquals(List.of("65000[0,6]", "대[6,7]"), Tokens.of(index, "6만5000대"));
        assertEquals("35000000", NumberCharFilter.value("3천500만"));
        assertEquals("250000000", NumberCharFilter.value("2.5억"));
        assertEquals("1200000000000", NumberCharFilter.value("1조2000억"));
        assertNull(NumberCharFilter.value("1,2345"));
        assertNull(NumberCharFilter.value("2025"));
        // the copula 이 is not the number 2 (Lucene's KoreanNumberFilter would make it one)
        assertFalse(Tokens.terms(index, "몇 장인가").contains("2"));
        // native number words before a counter, whatever particle follows: 세 명 is 3명, 두 배 is 2배
        assertEquals(List.of("3[5,6]", "명[7,8]"), Tokens.of(index, "사망자는 세 명이다").subList(3, 5));
        assertEquals(Tokens.terms(index, "3명"), Tokens.terms(index, "세명이"));
        assertEquals(List.of("2[4,5]", "배[6,7]"), Tokens.of(index, "수출이 두 배로 늘었다").subList(1, 3));
        assertEquals(List.of("5", "곳"), Tokens.terms(index, "다섯 곳에서"));
        assertEquals(List.of("3", "개월"), Tokens.terms(index, "세 개월"));
        // ...and never inside a word, or before a word that only starts like a counter
        assertEquals(List.of("한국", "세계", "장관", "주체"), Tokens.terms(index, "한국 세계 한 장관 세 주체"));
    }

    @Test
    void readingFormsWidthAndCase() {
        assertEquals(List.of("한국[0,2]"), Tokens.of(index, "韓國"));
        assertEquals(List.of("gpu[0,3]"), Tokens.of(index, "GPU"));
        assertEquals(List.of("gpu[0,3]"), Tokens.of(index, "ＧＰＵ"));
    }

    @Test
    void decomposedHangulIsNormalisedAndOffsetsPointIntoTheOriginal() {
        String nfd = Normalizer.normalize("한국은 공급", Normalizer.Form.NFD);
        assertEquals(16, nfd.length());
        assertEquals(List.of("한국[0,6]", "공급[10,16]"), Tokens.of(index, nfd));
    }

    @Test
    void synonymsOnlyOnTheQuerySide() {
        assertEquals(List.of("nvidia", "엔비디아"), Tokens.terms(query, "엔비디아").stream().sorted().toList());
        assertEquals(List.of("nvidia", "엔비디아"), Tokens.terms(query, "NVIDIA").stream().sorted().toList());
        assertEquals(List.of("geforce", "지포스"), Tokens.terms(query, "GeForce").stream().sorted().toList());
        assertEquals(List.of("엔비디아"), Tokens.terms(index, "엔비디아"));
    }

    @Test
    void bigramFallbackField() {
        BigramAnalyzer bigram = new BigramAnalyzer();
        assertEquals(List.of("생물[0,2]", "물학[1,3]", "학자[2,4]"), Tokens.of(bigram, "생물학자"));
        assertEquals(List.of("하이[0,2]", "이퍼[1,3]", "퍼클[2,4]", "클로[3,5]", "로바[4,6]", "x[6,7]"),
                Tokens.of(bigram, "하이퍼클로바X"));
        assertEquals(List.of("황[0,1]", "gpu[2,5]"), Tokens.of(bigram, "황 GPU"));
    }

    @Test
    void userFilesInTheLibraryExtendTheShippedOnes(@TempDir Path library) throws IOException {
        assertEquals(2, Tokens.terms(index, "팩토리봇").size());
        Files.writeString(library.resolve(KoreanAnalysis.USER_DICTIONARY_FILE), "# mine\n팩토리봇\n");
        Files.writeString(library.resolve(KoreanAnalysis.SYNONYMS_FILE), "팩토리봇, factorybot\n");
        KoreanAnalysis mine = KoreanAnalysis.forLibrary(library);
        assertEquals(List.of(), mine.warnings());
        assertEquals(List.of("팩토리봇"), Tokens.terms(mine.indexAnalyzer(), "팩토리봇은"));
        assertEquals(List.of("factorybot", "팩토리봇"), Tokens.terms(mine.queryAnalyzer(), "factorybot").stream().sorted().toList());
        assertFalse(mine.fingerprint().equals(SHIPPED.fingerprint()), "a changed dictionary must rebuild the index");
    }

    @Test
    void brokenUserFilesAreSkippedWithAWarning(@TempDir Path library) throws IOException {
        Files.write(library.resolve(KoreanAnalysis.USER_DICTIONARY_FILE), "팩토리봇\n".getBytes("EUC-KR")); // not UTF-8
        Files.writeString(library.resolve(KoreanAnalysis.SYNONYMS_FILE), "a => \n");
        KoreanAnalysis mine = KoreanAnalysis.forLibrary(library);
        assertEquals(2, mine.warnings().size(), mine.warnings().toString());
        assertEquals(library.resolve("userdict_ko.txt") + " is not UTF-8 text; using the shipped one", mine.warnings().get(0));
        assertTrue(mine.warnings().get(1).contains("line 1"), mine.warnings().get(1));
        assertTrue(mine.warnings().get(1).contains("synonyms.txt is not a valid synonyms file"), mine.warnings().get(1));
        assertEquals(SHIPPED.fingerprint(), mine.fingerprint());
        assertEquals(List.of("엔비디아"), Tokens.terms(mine.indexAnalyzer(), "엔비디아"));
    }
}
