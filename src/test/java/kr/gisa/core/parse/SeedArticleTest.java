package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.testing.Seed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins the structure of the stored seed article (전기신문, NVIDIA GPUs). */
class SeedArticleTest {

    private final Article a = Seed.article();

    @Test
    void titleAndDeck() {
        assertEquals("엔비디아 GPU 26만장 공급으로 소버린 AI와 피지컬 AI 육성 토대 확보", a.title());
        assertEquals(List.of("기술 종속 우려에도 경쟁 위해서는 불가피하다는 분위기",
                "토종 AI 생태계 육성 이어가고 정부에 적절한 분배해야 당부도"), a.subtitles());
    }

    @Test
    void sectionsInOrder() {
        List<String> headings = a.sections().stream().map(Section::heading).toList();
        assertEquals(5, headings.size());
        assertNull(headings.get(0));
        assertEquals(List.of("피지컬 AI 구축 본격화", "엔비디아 종속 우려", "불가피한 일", "적절한 분배, '소버린 AI' 핵심"),
                headings.subList(1, 5));
        assertEquals(List.of(6, 5, 5, 6, 6), a.sections().stream().map(s -> s.paragraphs().size()).toList());
        assertEquals(28, a.paragraphs().size());
    }

    @Test
    void photosWithCaptionsAndCredits() {
        List<Photo> photos = a.photos();
        assertEquals(5, photos.size());
        assertEquals("젠슨 황 엔비디아 CEO가 지포스 25주년 기념 행사에서 발언하는 모습", photos.get(0).caption());
        assertEquals(List.of("엔비디아", "버티브", "엔비디아", "엔비디아", "김기민기자"),
                photos.stream().map(Photo::credit).toList());
        assertEquals("NVIDIA GB200 NVL72 시스템.", photos.get(1).caption());
        // photo order within sections: first photo opens the lead, the second closes it
        assertTrue(a.sections().get(0).blocks().get(0) instanceof Photo);
        assertTrue(a.sections().get(0).blocks().get(7) instanceof Photo);
        assertEquals(List.of(2, 1, 1, 1, 0), a.sections().stream().map(s -> s.photos().size()).toList());
    }

    @Test
    void publisherFromCopyright() {
        assertEquals("전기신문", a.publisher());
        assertEquals("저작권자 © 전기신문 무단전재 및 재배포 금지", a.copyright());
        assertFalse(a.paragraphs().stream().anyMatch(p -> p.text().contains("저작권자")));
    }

    @Test
    void paragraphTextsKeptWhole() {
        assertEquals("엔비디아는 최근 2025 APEC을 통해 국내에 최신 GPU 26만장을 적기에 공급하겠다고 약속했다.",
                a.paragraph(0, 2).text());
        assertTrue(a.paragraph(4, 5).text().startsWith("한국디지털정부학회 공공AX 특별위원장을"));
    }
}
