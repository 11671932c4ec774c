package kr.gisa.core.brief;

import kr.gisa.core.brief.Briefing.Figure;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureExtractorTest {

    private static List<Figure> figures(String... paragraphs) {
        List<kr.gisa.core.model.Block> blocks = java.util.Arrays.stream(paragraphs)
                .map(p -> (kr.gisa.core.model.Block) new Paragraph(p)).toList();
        Article a = new Article("t", "제목", List.of(), null, null, null, null, null, null,
                List.of(new Section(null, blocks)));
        return FigureExtractor.extract(ArticleText.of(a, Morphemes.shared()));
    }

    private static Figure only(List<Figure> fs, String text) {
        return fs.stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + fs));
    }

    @Test
    void koreanMagnitudesAndMoney() {
        List<Figure> fs = figures("정부는 1조2000억원을 투입하고 기업은 3500억원을 보탠다. 총사업비 2조원 규모다.");
        assertEquals(1.2e12, only(fs, "1조2000억원").value());
        assertEquals("원", only(fs, "1조2000억원").unit());
        assertEquals(3.5e11, only(fs, "3500억원").value());
        assertEquals(2e12, only(fs, "2조원").value());
    }

    @Test
    void percentagesPowerAndMultiples() {
        List<Figure> fs = figures("물가 상승률이 3.5%로 올랐고 금리는 0.25%p 내렸다. 발전 용량이 2.5GW로 커져 수요의 2배다.");
        assertEquals(3.5, only(fs, "3.5%").value());
        assertEquals("%", only(fs, "3.5%").unit());
        assertEquals("물가 상승률", only(fs, "3.5%").subject());
        assertEquals("%p", only(fs, "0.25%p").unit());
        assertEquals(2.5, only(fs, "2.5GW").value());
        assertEquals("발전 용량", only(fs, "2.5GW").subject());
        assertEquals("배", only(fs, "2배").unit());
    }

    @Test
    void countsWithCommasThousandsAndSpacedCounters() {
        List<Figure> fs = figures("신규 직원 1,200명을 뽑고 협력사 직원 5천명을 지원한다. 관람객 100만 명이 다녀갔다.");
        assertEquals(1200, only(fs, "1,200명").value());
        assertEquals("직원", only(fs, "1,200명").subject());
        assertEquals(5000, only(fs, "5천명").value());
        assertEquals(1_000_000, only(fs, "100만 명").value());
        assertEquals(6, only(figures("후보지 5,6곳을 검토한다."), "6곳").value()); // not 56
        assertEquals("관람객", only(fs, "100만 명").subject());
    }

    @Test
    void modelNumbersAndBareNumbersAreNotFigures() {
        List<Figure> fs = figures("GB200 NVL72 시스템과 3D 그래픽, 2025 APEC 회의가 열렸다.");
        assertTrue(fs.isEmpty(), fs.toString());
    }

    @Test
    void recipientsOfAnAllocation() {
        List<Figure> fs = figures("서울과 부산, 대구에 각 3곳을, 광주에 2곳을 배정했다.");
        assertEquals(List.of("서울", "부산", "대구"),
                fs.stream().filter(f -> f.text().equals("3곳")).map(Figure::subject).toList());
        assertEquals("광주", only(fs, "2곳").subject());
    }
}
