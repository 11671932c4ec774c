package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.text.PlainText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The other common shapes of Korean web-news text, and the promise that no text is dropped. */
class TextShapesTest {

    private final TextArticleParser parser = new TextArticleParser();

    private Article parse(String text) {
        return parser.parse(text, "t1");
    }

    private static List<String> headings(Article a) {
        return a.sections().stream().map(Section::heading).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"■ 반도체 수출 회복", "▲ 반도체 수출 회복", "【반도체 수출 회복】", "[소제목] 반도체 수출 회복",
            "◆ 반도체 수출 회복", "◆반도체 수출 회복"})
    void sectionMarkers(String marker) {
        Article a = parse("제목입니다\n\n첫 문단이다.\n\n" + marker + "\n\n둘째 문단이다.\n");
        assertEquals(2, a.sections().size());
        assertNull(a.sections().get(0).heading());
        assertEquals("반도체 수출 회복", a.sections().get(1).heading());
        assertEquals("둘째 문단이다.", a.paragraph(1, 0).text());
    }

    @Test
    void noPhotosNoCopyright() {
        Article a = parse("서울 아파트값 3주 연속 상승\n\n한국부동산원에 따르면 서울 아파트값이 올랐다.\n\n전문가들은 신중론을 폈다.");
        assertEquals("서울 아파트값 3주 연속 상승", a.title());
        assertEquals(List.of(), a.subtitles());
        assertEquals(0, a.photos().size());
        assertNull(a.publisher());
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void bylineWithEmail() {
        Article a = parse("제목\n\n본문 첫 문단이다.\n\n홍길동 기자 gildong@example.co.kr\n");
        assertEquals("홍길동", a.byline());
        assertEquals("gildong@example.co.kr", a.email());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void bracketedBylineAlone() {
        Article a = parse("제목\n\n본문.\n\n[김철수 기자]");
        assertEquals("김철수", a.byline());
    }

    @Test
    void crlfAndBom() {
        Article a = parse("\uFEFF제목 줄\r\n부제 줄\r\n\r\n첫 문단.\r\n\r\n◆ 소제목\r\n\r\n둘째 문단.\r\n");
        assertEquals("제목 줄", a.title());
        assertEquals(List.of("부제 줄"), a.subtitles());
        assertEquals(List.of("첫 문단."), a.sections().get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("소제목", a.sections().get(1).heading());
    }

    @Test
    void oldMacLineEnds() {
        Article a = parse("제목\r\r첫 문단.\r\r둘째 문단.");
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void decomposedHangulIsComposed() {
        String nfd = Normalizer.normalize("한국 뉴스\n\n본문이다.", Normalizer.Form.NFD);
        Article a = parse(nfd);
        assertEquals("한국 뉴스", a.title());
    }

    @Test
    void captionVariants() {
        Article a = parse("제목\n\n문단.\n\n서울 시내 전경 (사진=연합뉴스)\n\n행사 모습 /사진=뉴시스\n\n회견하는 장관 ⓒ 연합뉴스\n\n다른 문단.");
        List<Photo> photos = a.photos();
        assertEquals(3, photos.size());
        assertEquals(List.of("연합뉴스", "뉴시스", "연합뉴스"), photos.stream().map(Photo::credit).toList());
        assertEquals("서울 시내 전경", photos.get(0).caption());
    }

    @Test
    void captionRepeatedOnceIsOnePhotoButRepeatedApartIsTwo() {
        Article a = parse("제목\n\n모습 [사진=A]\n모습 [사진=A]\n\n문단.\n\n모습 [사진=A]\n");
        assertEquals(2, a.photos().size());
    }

    @Test
    void englishCopyrightLine() {
        Article a = parse("Title\n\n본문.\n\nCopyright © 연합뉴스. All rights reserved.");
        assertEquals("연합뉴스", a.publisher());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void sentenceWithMarkerIsNotAHeading() {
        Article a = parse("제목\n\n▲ 이날 행사에는 많은 사람이 참석했다. 관계자는 그렇게 말했으며 그 뒤로도 오랫동안 이어진 긴 설명이 계속되었다.\n");
        assertEquals(1, a.sections().size());
        assertEquals(1, a.paragraphs().size());
    }

    @Test
    void emptyAndBlankInput() {
        assertEquals("", parse("").title());
        assertEquals(0, parse("\n\n  \n").sections().size());
        assertEquals(0, parser.parse(null, "x").sections().size());
    }

    @Test
    void noTextIsDropped() {
        String src = "제목\n부제\n\n◆ 머리\n\n가 문단.\n\n이상한 줄 ### @@@\n\n사진 설명 [사진=누구]\n\n"
                + "홍길동 기자 hong@x.kr\n\n저작권자 © 어느신문 무단전재 및 재배포 금지\n";
        Article a = parse(src);
        String text = PlainText.of(a) + a.byline() + a.email() + a.copyright();
        for (String word : src.split("\\s+")) {
            if (word.isBlank() || word.equals("◆") || word.equals("기자") || word.startsWith("[사진=")) continue;
            assertTrue(text.contains(word.replace("[사진=누구]", "")), "lost: " + word);
        }
    }
}
