package kr.gisa.core.parse.html;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.NewsPages;
import kr.gisa.core.store.ArticleJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void metadataFromJsonLdMetaAndCanonical() {
        Article a = extractor.extract(NewsPages.full("page_files/a.jpg"), "x1");
        assertEquals(NewsPages.TITLE, a.title());
        assertEquals(List.of("11월 수출 12% 늘어 역대 최대"), a.subtitles());
        assertEquals("김민준", a.byline());
        assertEquals("한국경제신보", a.publisher());
        assertEquals("2025-11-03T09:12:00+09:00", a.published());
        assertEquals(NewsPages.URL, a.url());
        assertEquals("minjun@example.co.kr", a.email());
        assertEquals("저작권자 © 한국경제신보 무단전재 및 재배포 금지", a.copyright());
    }

    @Test
    void bodyKeepsSectionsParagraphsAndPhotosInOrder() {
        Article a = extractor.extract(NewsPages.full("page_files/a.jpg"), "x1");
        List<String> headings = a.sections().stream().map(Section::heading).toList();
        assertEquals(java.util.Arrays.asList(null, "메모리 가격 반등", "중국 수출은 주춤"), headings);
        assertEquals(List.of(2, 2, 1), a.sections().stream().map(s -> s.paragraphs().size()).toList());
        assertTrue(a.paragraph(0, 0).text().startsWith("반도체 수출이 석 달 연속 증가세를"));
        assertTrue(a.sections().get(0).blocks().get(0) instanceof Photo);
        Photo photo = a.photos().get(0);
        assertEquals("부산항 신선대부두에 컨테이너가 쌓여 있다.", photo.caption());
        assertEquals("연합뉴스", photo.credit());
        assertEquals("page_files/a.jpg", photo.image()); // the page's reference, for the importer to resolve
        assertEquals(1, a.photos().size());
    }

    @Test
    void furnitureScriptsAndHandlersNeverReachTheArticle() {
        Article a = extractor.extract(NewsPages.full("page_files/a.jpg"), "x1");
        String json = ArticleJson.write(a);
        for (String bad : List.of("스크립트", "alert", "steal", "evil", "onclick", "onerror", "javascript", "공유하기",
                "인쇄", "관련기사", "HBM4", "다른 기사", "구독", "댓글", "좋은 기사", "많이 본", "광고", "회사소개",
                "경제</", "iframe", "tracking", "color: red")) {
            assertFalse(json.contains(bad), () -> "leaked: " + bad);
        }
        assertFalse(a.paragraphs().stream().map(Paragraph::text).anyMatch(t -> t.contains("기자")));
    }

    @Test
    void legacyBrSeparatedBodyWithTablePhotoAndMarkerHeading() {
        Article a = extractor.extract(NewsPages.legacy("euc-kr"), "x2");
        assertEquals(NewsPages.LEGACY_TITLE, a.title());
        assertEquals(3, a.paragraphs().size(), () -> ArticleJson.write(a));
        Photo p = a.photos().get(0);
        assertEquals("군청 전경", p.caption());
        assertEquals("지역일보", p.credit());
        assertEquals("./page_files/photo1.jpg", p.image());
        assertFalse(ArticleJson.write(a).contains("처음"));
    }

    @Test
    void pageWithoutArticleGivesNoParagraphsNotACrash() {
        Article a = extractor.extract("<html><body><nav><a href=/>홈</a></nav></body></html>", "x3");
        assertTrue(a.paragraphs().isEmpty());
        assertNull(a.url());
        assertTrue(extractor.extract("", "x4").paragraphs().isEmpty());
        assertTrue(extractor.extract("\u0000\u0001 garbage <<<>>> &&&", "x5").sections().size() <= 1);
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000));
        sb.append("<p>깊이 중첩된 문단입니다. 스택이 넘치지 않아야 합니다. 충분히 긴 문장을 만들기 위해 조금 더 씁니다.</p>");
        sb.append("</div>".repeat(10_000)).append("</body></html>");
        Article a = extractor.extract(sb.toString(), "deep");
        assertEquals(1, a.paragraphs().size());
        // and nesting without closing tags, in inline elements too
        Article b = extractor.extract("<body>" + "<span><b>".repeat(10_000) + "본문 텍스트가 여기에 있습니다 아주 깊은 곳에 있습니다", "deep2");
        assertTrue(b.paragraphs().get(0).text().contains("본문 텍스트"));
    }

    @Test
    void portalMarkupWithKoreanCaptionConvention() {
        Article a = extractor.extract(NewsPages.portal(), "x6");
        assertEquals("한은, 기준금리 연 3.25%로 동결", a.title());
        assertEquals(java.util.Arrays.asList(null, "향후 전망"), a.sections().stream().map(Section::heading).toList());
        assertEquals(2, a.paragraphs().size(), () -> ArticleJson.write(a));
        Photo p = a.photos().get(0);
        assertEquals("이창용 한국은행 총재가 23일 기자간담회에서 발언하고 있다.", p.caption());
        assertEquals("한국은행 제공", p.credit());
        assertEquals("박서연", a.byline());
        assertEquals("seoyeon@example.com", a.email());
        assertEquals(List.of("한은 금통위, 석 달 연속 동결", "가계부채·환율 부담 여전"), a.subtitles());
        assertEquals("<저작권자(c) 경제일보, 무단 전재-재배포, AI 학습 및 활용 금지>", a.copyright());
        assertFalse(ArticleJson.write(a).contains("구독"));
        assertFalse(ArticleJson.write(a).contains("제보"));
    }

    @Test
    void captionLineUnderAnImageWithoutCaptionMarkup() {
        String page = "<html><body><div class=\"content\"><p><img src=\"a_files/1.jpg\"></p>"
                + "<p>▲ 개막식에 참석한 내빈들이 테이프를 자르고 있다. [사진=문화일보]</p>"
                + "<p>지역 축제가 사흘 일정으로 막을 올렸다. 올해는 관람객 20만 명이 찾을 것으로 예상된다.</p>"
                + "<p>축제 조직위원회는 교통 혼잡에 대비해 임시 주차장을 운영한다.</p></div></body></html>";
        Article a = extractor.extract(page, "x7");
        assertEquals(1, a.photos().size(), () -> ArticleJson.write(a));
        assertEquals(new Photo("개막식에 참석한 내빈들이 테이프를 자르고 있다.", "문화일보", "a_files/1.jpg"), a.photos().get(0));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void deckInTheArticleHeaderIsTheSubtitle() {
        String page = "<html><body><div class=\"article-head\"><h1>세 번째 제목 후보</h1>"
                + "<h2 class=\"subheading\">- 첫째 부제 줄<br>- 둘째 부제 줄</h2></div>"
                + "<div id=\"article-view-content-div\"><p>본문 첫 문단입니다. 부제와 본문은 구분되어야 합니다. 충분히 길게 씁니다.</p>"
                + "<p>두 번째 문단입니다. 여기에도 문장이 있습니다. 문장이 이어집니다. 더 길게 씁니다, 아주 길게.</p>"
                + "<h3 class=\"subtitle\">본문 안 소제목</h3><p>소제목 아래 문단입니다. 이 문단도 본문입니다. 끝까지 읽습니다.</p>"
                + "</div></body></html>";
        Article a = extractor.extract(page, "x8");
        assertEquals(List.of("첫째 부제 줄", "둘째 부제 줄"), a.subtitles());
        assertEquals(java.util.Arrays.asList(null, "본문 안 소제목"), a.sections().stream().map(Section::heading).toList());
    }

    @Test
    void koreanCmsTitleAndPrintedDate() {
        String page = "<html><head><title>전력망 확충 속도 낸다 < 산업 < 기사본문 - 에너지일보</title></head><body>"
                + "<div class=\"info\">기사입력 :[ 2018-08-25 15:24 ]</div><div class=\"content\">"
                + "<p>정부가 전력망 확충에 속도를 낸다. 송전선로 건설 기간을 줄이는 특별법이 통과됐다, 관계부처는 환영했다.</p>"
                + "<p>업계는 인허가 절차 단축을 기대한다. 지역 주민 보상 방안도 함께 마련된다, 세부안은 다음 달 나온다.</p>"
                + "</div></body></html>";
        Article a = extractor.extract(page, "x9");
        assertEquals("전력망 확충 속도 낸다", a.title());
        assertEquals("2018-08-25T15:24", a.published());
        Article signed = extractor.extract(page.replace("</div></body>", "<p>칼럼니스트 박생강 pillgoo9@example.com</p></div></body>"), "x11");
        assertEquals("박생강", signed.byline());
        assertEquals("pillgoo9@example.com", signed.email());
        assertEquals(2, signed.paragraphs().size());
        Article pm = extractor.extract(page.replace("기사입력 :[ 2018-08-25 15:24 ]", "입력 2025.11.03. 오후 3:05"), "x10");
        assertEquals("2025-11-03T15:05", pm.published());
    }

    @Test
    void captionWithoutItsImageAndPointerLines() {
        String page = "<html><body><div class=\"story\"><div class=\"photo-wrap\"></div>"
                + "<div class=\"caption\">수확을 앞둔 배추밭 (사진=농민신문)</div>"
                + "<p>올해 배추 작황이 평년보다 좋다. 가을 기온이 적당했고 비도 알맞게 내렸다, 농가는 안도했다.</p>"
                + "<p>[관련기사] 김장 물가 안정될까</p><p>Related: Cabbage prices fall</p><p>Image 2 of 5</p>"
                + "<p>정부는 비축 물량을 풀어 가격을 안정시킬 계획이다. 김장철 수요에 맞춰 공급을 늘린다.</p></div></body></html>";
        Article a = extractor.extract(page, "x12");
        assertEquals(List.of(new Photo("수확을 앞둔 배추밭", "농민신문", null)), a.photos());
        assertEquals(2, a.paragraphs().size(), () -> ArticleJson.write(a));
    }

    @Test
    void unmarkedRelatedBoxesAndTokenHiddenClasses() {
        String page = "<html><body><div class=\"wrap\"><div class=\"field field--label-hidden\">"
                + "<p>항만 물동량이 다시 늘고 있다. 수출 회복과 환적 화물 증가가 겹친 덕분이다, 항만공사는 설명했다.</p>"
                + "<p>부산항은 올해 처리 목표를 넘길 것으로 보인다. 신항 개장이 힘을 보탰다, 선사들도 반겼다.</p></div>"
                + "<div class=\"box\"><h4>함께 보면 좋은 기사</h4><ul>"
                + "<li><a href=\"/1\"><img src=\"t1.jpg\">컨테이너 운임 하락세 이어져</a></li>"
                + "<li><a href=\"/2\"><img src=\"t2.jpg\">인천항 신규 항로 개설</a></li></ul></div>"
                + "<span class=\"blind\">본문 듣기 시작</span></div></body></html>";
        Article a = extractor.extract(page, "x13");
        assertEquals(2, a.paragraphs().size(), () -> ArticleJson.write(a));
        String json = ArticleJson.write(a);
        assertFalse(json.contains("운임"));
        assertFalse(json.contains("본문 듣기"));
        assertTrue(a.photos().isEmpty());
    }
}
