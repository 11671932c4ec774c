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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed input: a clear one-line message, or a repaired query with a note; never an exception. */
class BadQueryTest {

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

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("", "type a word to search for"),
                Arguments.of("   \t ", "type a word to search for"),
                Arguments.of("\u0000\u0007\u001b", "type a word to search for"),
                Arguments.of("\uD800", "type a word to search for"),
                Arguments.of("\"", "no word to search for in \" (only operators): type a word to search for"),
                Arguments.of("(", "no word to search for in ( (only operators): type a word to search for"),
                Arguments.of(")", "no word to search for in ) (only operators): type a word to search for"),
                Arguments.of("OR", "no word to search for in OR (only operators): type a word to search for"),
                Arguments.of("-", "no word to search for in - (only operators): type a word to search for"),
                Arguments.of("*", "no word to search for in * (only operators): type a word to search for"),
                Arguments.of("title:", "no word to search for in title: (only operators): type a word to search for"),
                Arguments.of("-엔비디아", "a query of only exclusions (-word) finds nothing: add a word to search for"),
                Arguments.of("은", "the query has only particles or endings (은): add a noun, name or number to search for"),
                Arguments.of("은 는 를", "the query has only particles or endings (은, 는, 를): add a noun, name or number to search for"));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @MethodSource("errors")
    void clearMessage(String query, String message) {
        SearchResult r = index.search(query, 10);
        assertEquals(message, r.error());
        assertEquals(0, r.hits().size());
    }

    static Stream<Arguments> repaired() {
        return Stream.of(
                Arguments.of("\"소버린 AI", "unclosed quote: the phrase runs to the end of the query", 4),
                Arguments.of("(공급 OR 할당", "unclosed ( : closed at the end of the query", 6),
                Arguments.of("공급)", "unmatched ) ignored", 4),
                Arguments.of("공급 OR", "OR needs a word on each side: ignored", 4),
                Arguments.of("OR 공급", "OR needs a word on each side: ignored", 4),
                Arguments.of("공급 -", "\"-\" needs a word after it: ignored", 4),
                Arguments.of("공급 은", "not searched: 은 (particles, endings and other function words)", 4),
                Arguments.of("\u0000공급\u0007", null, 4));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @MethodSource("repaired")
    void sensibleFallback(String query, String note, int total) {
        SearchResult r = index.search(query, 10);
        assertNull(r.error());
        if (note != null) assertTrue(r.notes().contains(note), r.notes().toString());
        assertEquals(total, r.total());
    }

    @Test
    void tenThousandCharactersAreCut() {
        SearchResult r = index.search("엔비디아 ".repeat(2000), 10);
        assertNull(r.error());
        assertTrue(r.notes().contains("the query is longer than 1000 characters: only the first 1000 are searched"), r.notes().toString());
        assertTrue(r.notes().contains("only the first 32 words are searched"), r.notes().toString());
        assertTrue(r.total() > 0);
        SearchResult mixed = index.search("가나다라마바사아자차카타파하".repeat(800), 10);
        assertNull(mixed.error());
    }

    @Test
    void deepNestingAndOperatorSoup() {
        for (String q : new String[]{"((((((((((((((((((((((((공급))))))))))))))))))))))))", "OR OR OR 공급 OR OR",
                "- - - 공급", "\"\"\"\"", "title:title:공급", "공급 AND AND 약속", "( ) ( ) 공급", "*공급*", "공급**",
                "-(공급 OR 할당)", "section:-공급", "a:b c::d", "😀 공급 😀", "ＧＰＵ"}) {
            SearchResult r = index.search(q, 10);
            assertTrue(r.error() != null || r.total() >= 0, q);
        }
        assertEquals(4, index.search("((((((((((((((((((((((((공급))))))))))))))))))))))))", 10).total());
        assertEquals(index.search("GPU", 50).total(), index.search("ＧＰＵ", 50).total());
    }

    @Test
    void aSyllableOfAWholeNameFindsNothing() {
        assertEquals(0, index.search("엔", 10).total()); // 엔비디아 is one word, so 엔 alone matches nothing
    }
}
