package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Published reference token lists for Nori with its stock dictionary — from Lucene's own
 * TestKoreanAnalyzer / TestKoreanTokenizer and the Elasticsearch analysis-nori documentation — so an
 * upgrade that changes the dictionary or the tokenizer is caught here before it silently changes search.
 */
class NoriReferenceTest {

    private static Analyzer tokenizer(DecompoundMode mode, boolean readingForm) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, false);
                return new TokenStreamComponents(t, readingForm ? new KoreanReadingFormFilter(t) : t);
            }
        };
    }

    @Test
    void luceneKoreanAnalyzerSentence() { // TestKoreanAnalyzer.testSentence
        assertEquals(List.of("한국[0,2]", "대단[4,6]", "나라[8,10]", "이[10,13]"),
                Tokens.of(new KoreanAnalyzer(), "한국은 대단한 나라입니다."));
    }

    @Test
    void luceneUnknownWordAndNumbers() { // TestKoreanAnalyzer.testUnknownWord, TestKoreanTokenizer.testSeparateNumber
        assertEquals(List.of("2018[0,4]", "평창[5,7]", "동계[8,10]", "올림픽[10,13]", "대회[13,15]"),
                Tokens.of(new KoreanAnalyzer(), "2018 평창 동계올림픽대회"));
        assertEquals(List.of("44[0,2]", "사이즈[2,5]"), Tokens.of(tokenizer(DecompoundMode.NONE, false), "44사이즈"));
        assertEquals(List.of("10[0,2]", "1[3,4]", "인치[5,7]", "모니터[8,11]"),
                Tokens.of(tokenizer(DecompoundMode.NONE, false), "10.1 인치 모니터"));
    }

    @Test
    void luceneParticlesAndCompounds() { // TestKoreanTokenizer.testPartOfSpeechs / WithCompound
        assertEquals(List.of("화학[0,2]", "이외[3,5]", "의[5,6]", "것[7,8]"),
                Tokens.of(tokenizer(DecompoundMode.NONE, false), "화학 이외의 것"));
        assertEquals(List.of("가락지나물[0,5]", "은[5,6]", "한국[7,9]", "중국[11,13]", "일본[15,17]"),
                Tokens.of(tokenizer(DecompoundMode.NONE, false), "가락지나물은 한국, 중국, 일본"));
        assertEquals(List.of("가락지[0,3]", "나물[3,5]", "은[5,6]", "한국[7,9]", "중국[11,13]", "일본[15,17]"),
                Tokens.of(tokenizer(DecompoundMode.DISCARD, false), "가락지나물은 한국, 중국, 일본"));
    }

    @Test
    void luceneInflection() { // TestKoreanTokenizer.testPartOfSpeechsWithInflects
        assertEquals(List.of("감싸여[0,3]"), Tokens.of(tokenizer(DecompoundMode.NONE, false), "감싸여"));
        assertEquals(List.of("감싸이[0,3]", "어[0,3]"), Tokens.of(tokenizer(DecompoundMode.DISCARD, false), "감싸여"));
    }

    @Test
    void readingForms() { // TestKoreanTokenizer.testReading; Elasticsearch nori_readingform example
        assertEquals(List.of("희비애환[0,4]"), Tokens.of(tokenizer(DecompoundMode.NONE, true), "喜悲哀歡"));
        assertEquals(List.of("오삭거려[0,4]"), Tokens.of(tokenizer(DecompoundMode.NONE, true), "五朔居廬"));
        assertEquals(List.of("향가[0,2]"), Tokens.of(tokenizer(DecompoundMode.DISCARD, true), "鄕歌"));
    }

    @Test
    void elasticsearchDecompoundModes() { // Elasticsearch nori_tokenizer decompound_mode examples
        assertEquals(List.of("가곡역[0,3]"), Tokens.of(tokenizer(DecompoundMode.NONE, false), "가곡역"));
        assertEquals(List.of("가곡[0,2]", "역[2,3]"), Tokens.of(tokenizer(DecompoundMode.DISCARD, false), "가곡역"));
        assertEquals(List.of("가곡역[0,3]", "가곡[0,2]", "역[2,3]"), Tokens.of(tokenizer(DecompoundMode.MIXED, false), "가곡역"));
    }

    @Test
    void stockNoriSplitsTheNewsNamesGisaKeepsWhole() { // why the shipped user dictionary exists
        Analyzer stock = tokenizer(DecompoundMode.DISCARD, false);
        assertEquals(List.of("엔[0,1]", "비디아[1,4]", "는[4,5]"), Tokens.of(stock, "엔비디아는"));
        assertEquals(List.of("팹[0,1]", "리스[1,3]"), Tokens.of(stock, "팹리스"));
        assertEquals(List.of("네[0,1]", "모[1,2]"), Tokens.of(stock, "네모"));
        List<String> inContext = Tokens.of(stock, "국내에 최신 GPU 26만장을 적기에 공급하겠다고 약속했다.");
        assertEquals(List.of("적[17,18]", "기[18,19]"), inContext.subList(inContext.indexOf("적[17,18]"), inContext.indexOf("적[17,18]") + 2));
    }
}
