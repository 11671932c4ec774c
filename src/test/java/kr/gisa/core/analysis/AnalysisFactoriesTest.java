package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The SPI factories a Solr schema names (gisaNfc, gisaNumber, gisaBigram) build Gisa's own chains: assembled
 * from factories by name, as Solr assembles gisa_ko and gisa_bigram, they give the embedded analyzers' tokens,
 * and normalizing (prefix terms) applies NFC but not the number rewriting, as KoreanAnalyzer does.
 */
class AnalysisFactoriesTest {

    private static final String TEXT = "현대자동차그룹이 26만장, 260,000장을 韓國에 공급했다. ＧＰＵ "
            + Normalizer.normalize("한국 정부", Normalizer.Form.NFD);

    @Test
    void factoriesAreFoundByTheirSpiNames() {
        assertEquals(NfcCharFilterFactory.class, CharFilterFactory.lookupClass("gisaNfc"));
        assertEquals(NumberCharFilterFactory.class, CharFilterFactory.lookupClass("gisaNumber"));
        assertEquals(BigramTokenizerFactory.class, TokenizerFactory.lookupClass("gisaBigram"));
        assertEquals(CompoundFilterFactory.class, TokenFilterFactory.lookupClass("gisaCompounds"));
        assertThrows(IllegalArgumentException.class, () -> CharFilterFactory.forName("gisaNfc", new java.util.HashMap<>(Map.of("x", "1"))));
    }

    @Test
    void factoryChainsAreTheEmbeddedChains(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("userdict_ko.txt"), KoreanAnalysis.resource(KoreanAnalysis.USER_DICTIONARY_RESOURCE));
        String tags = KoreanAnalyzer.STOP_TAGS.stream().map(POS.Tag::name).collect(Collectors.joining(","));
        Analyzer korean = CustomAnalyzer.builder(dir)
                .addCharFilter("gisaNfc").addCharFilter("gisaNumber")
                .withTokenizer("korean", "decompoundMode", "mixed", "discardPunctuation", "true",
                        "outputUnknownUnigrams", "false", "userDictionary", "userdict_ko.txt")
                .addTokenFilter("gisaCompounds")
                .addTokenFilter("koreanPartOfSpeechStop", "tags", tags)
                .addTokenFilter("koreanReadingForm").addTokenFilter("cjkWidth").addTokenFilter("lowercase")
                .build();
        Analyzer embedded = KoreanAnalysis.shipped().indexAnalyzer();
        assertEquals(Tokens.of(embedded, TEXT), Tokens.of(korean, TEXT));
        Analyzer bigram = CustomAnalyzer.builder().addCharFilter("gisaNfc").withTokenizer("gisaBigram")
                .addTokenFilter("cjkWidth").addTokenFilter("lowercase").build();
        assertEquals(Tokens.of(new BigramAnalyzer(), TEXT), Tokens.of(bigram, TEXT));
        // normalizing, as for a prefix: NFC yes, numbers no
        String nfd = Normalizer.normalize("반도", Normalizer.Form.NFD);
        for (String s : List.of(nfd, "26만", "ＧＰＵ")) {
            assertEquals(embedded.normalize("text", s), korean.normalize("text", s), s);
        }
        assertEquals("반도", korean.normalize("text", nfd).utf8ToString());
        assertEquals("26만", korean.normalize("text", "26만").utf8ToString());
        assertNotEquals(Tokens.of(new BigramAnalyzer(), TEXT), Tokens.of(korean, TEXT));
    }
}
