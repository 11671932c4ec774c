package kr.gisa.core.brief;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    @Test
    void splitsAtSentenceEnds() {
        assertEquals(List.of("첫 문장이다.", "둘째 문장인가?", "셋째다!"),
                SentenceSplitter.sentences("첫 문장이다. 둘째 문장인가? 셋째다!"));
    }

    @Test
    void quotationWithRamyeoAndGoStaysOneSentence() {
        String s = "한 업계 전문가는 \"불가피한 선택이다. 대안은 없다\"라며 \"독자 생태계 구축은 불가능하다\"고 단언했다. 다음 문장.";
        List<String> out = SentenceSplitter.sentences(s);
        assertEquals(2, out.size(), out.toString());
        assertTrue(out.get(0).endsWith("단언했다."));
        assertEquals("다음 문장.", out.get(1));
    }

    @Test
    void curlyQuotesAndQuoteClosingASentence() {
        List<String> out = SentenceSplitter.sentences("그는 “좋다. 정말 좋다.”고 말했다. 그리고 떠났다.");
        assertEquals(List.of("그는 “좋다. 정말 좋다.”고 말했다.", "그리고 떠났다."), out);
    }

    @Test
    void decimalsAreNotSentenceEnds() {
        assertEquals(List.of("물가는 3.5% 올랐고 금리는 1.25%p 내렸다.", "끝."),
                SentenceSplitter.sentences("물가는 3.5% 올랐고 금리는 1.25%p 내렸다. 끝."));
    }

    @Test
    void abbreviationsAndInitials() {
        assertEquals(List.of("Mr. Kim met Dr. Lee in the U.S. yesterday.", "새 문장이다."),
                SentenceSplitter.sentences("Mr. Kim met Dr. Lee in the U.S. yesterday. 새 문장이다."));
        assertEquals(1, SentenceSplitter.sentences("J. 황 CEO가 말했다.").size());
    }

    @Test
    void ellipsesDoNotEndSentences() {
        assertEquals(1, SentenceSplitter.sentences("그런데... 결과는 달랐다.").size());
        assertEquals(1, SentenceSplitter.sentences("기다렸지만… 오지 않았다.").size());
    }

    @Test
    void missingSpaceAfterFinalDa() {
        assertEquals(List.of("발표했다.", "그리고 끝났다."), SentenceSplitter.sentences("발표했다.그리고 끝났다."));
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheParagraph() {
        assertEquals(2, SentenceSplitter.sentences("그는 \"닫히지 않은 인용이다. 다음 문장이다.").size());
    }

    @Test
    void fragmentWithoutVerbEnds() {
        assertEquals(List.of("독자AI 생태계 구축 노력을 이어가는 것은 숙제.", "어렵게 확보한 인프라다."),
                SentenceSplitter.sentences("독자AI 생태계 구축 노력을 이어가는 것은 숙제. 어렵게 확보한 인프라다."));
    }

    @Test
    void spansAreOffsetsIntoTheText() {
        String t = "  앞 공백. 둘째.\n셋째 줄 ";
        for (SentenceSplitter.Span s : SentenceSplitter.split(t)) {
            String piece = t.substring(s.start(), s.end());
            assertEquals(piece.strip(), piece);
        }
        assertEquals(List.of("앞 공백.", "둘째.", "셋째 줄"), SentenceSplitter.sentences(t));
    }
}
