package kr.gisa.core.parse;

/** Saved Korean news pages for tests, in the shapes real sites use. Generated, not copied. */
public final class NewsPages {

    private NewsPages() {
    }

    public static final String TITLE = "반도체 수출 석 달 연속 증가…AI 서버 수요가 견인";
    public static final String URL = "https://news.example.co.kr/article/2025/11/123456";

    /** A full page: JSON-LD, og tags, navigation, ads, share bar, related list, comments, reporter box. */
    public static String full(String imageSrc) {
        return """
                <!DOCTYPE html>
                <html lang="ko"><head>
                <meta charset="utf-8">
                <title>반도체 수출 석 달 연속 증가…AI 서버 수요가 견인 - 한국경제신보</title>
                <meta property="og:title" content="반도체 수출 석 달 연속 증가…AI 서버 수요가 견인">
                <meta property="og:site_name" content="한국경제신보">
                <meta property="og:url" content="https://news.example.co.kr/article/2025/11/123456?utm=feed">
                <link rel="canonical" href="https://news.example.co.kr/article/2025/11/123456">
                <meta property="article:published_time" content="2025-11-03T09:12:00+09:00">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"반도체 수출 석 달 연속 증가…AI 서버 수요가 견인",
                 "alternativeHeadline":"11월 수출 12% 늘어 역대 최대","datePublished":"2025-11-03T09:12:00+09:00",
                 "author":{"@type":"Person","name":"김민준"},"publisher":{"@type":"Organization","name":"한국경제신보"}}
                </script>
                <script>document.cookie = "tracking=1"; alert("스크립트 본문");</script>
                <style>.x { color: red }</style>
                </head>
                <body onload="steal()">
                <header class="site-header"><nav class="gnb"><a href="/">홈</a><a href="/economy">경제</a><a href="/politics">정치</a></nav></header>
                <div class="ad-banner"><a href="https://ads.example.com"><img src="https://ads.example.com/b.gif" width="728" height="90">광고 배너 문구입니다</a></div>
                <div id="container">
                  <div class="article-head"><h1 class="headline">반도체 수출 석 달 연속 증가…AI 서버 수요가 견인</h1>
                    <div class="share-bar"><button onclick="share()">공유하기</button><a href="javascript:print()">인쇄</a></div></div>
                  <div id="article-view-content-div" itemprop="articleBody">
                    <figure class="photo"><img src="@IMG@" alt="부산항 신선대부두" onerror="evil()">
                      <figcaption>부산항 신선대부두에 컨테이너가 쌓여 있다. [사진=연합뉴스]</figcaption></figure>
                    <p>반도체 수출이 석 달 연속 증가세를 이어갔다. 인공지능(AI) 서버용 고대역폭메모리(HBM) 수요가 늘면서 수출 단가도 함께 올랐다.</p>
                    <p>산업통상자원부는 3일 11월 반도체 수출이 지난해 같은 달보다 12% 늘어난 135억 달러로 집계됐다고 밝혔다.<span onmouseover="x()">&nbsp;</span></p>
                    <script>document.write("본문 안 스크립트");</script>
                    <h3>메모리 가격 반등</h3>
                    <p>D램 고정거래가격은 넉 달 만에 반등했다. 업계는 내년 상반기까지 가격 강세가 이어질 것으로 본다.</p>
                    <p>낸드플래시 가격도 소폭 올랐다. 다만 스마트폰 수요 회복은 더딘 편이다.</p>
                    <div class="relate_news"><h4>관련기사</h4><ul>
                      <li><a href="/a/1">삼성전자, HBM4 양산 돌입</a></li><li><a href="/a/2">SK하이닉스 최대 실적</a></li></ul></div>
                    <h3>중국 수출은 주춤</h3>
                    <p>중국으로의 수출은 두 달째 줄었다. 미국의 수출 통제가 영향을 준 것으로 풀이된다.</p>
                    <p>김민준 기자 minjun@example.co.kr</p>
                    <p>저작권자 © 한국경제신보 무단전재 및 재배포 금지</p>
                  </div>
                  <div class="reporter_info"><span>김민준 기자</span><a href="/reporter/1">기자의 다른 기사 보기</a><a href="/sub">구독</a></div>
                  <div id="comment_area"><h4>댓글</h4><p>좋은 기사 감사합니다. 잘 읽었습니다. 앞으로도 부탁드립니다.</p></div>
                  <iframe src="https://evil.example.com/frame"></iframe>
                </div>
                <aside class="sidebar"><h4>많이 본 뉴스</h4><ol><li><a href="/m/1">많이 본 기사 하나</a></li><li><a href="/m/2">많이 본 기사 둘</a></li></ol></aside>
                <footer class="footer">회사소개 | 개인정보처리방침 | 청소년보호정책 (c) 한국경제신보</footer>
                </body></html>
                """.replace("@IMG@", imageSrc);
    }

    /** An old-style page: text with &lt;br&gt; in a div, a layout table around the photo, no metadata. */
    public static String legacy(String charsetDeclared) {
        return """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=@CS@">
                <title>지방 소멸 대응 기금 배분 확정 : 지역일보</title></head>
                <body><table width="100%"><tr><td class="menu"><a href="/">처음</a> | <a href="/l">지역</a></td></tr></table>
                <div class="news_title"><b>지방 소멸 대응 기금 배분 확정</b></div>
                <div id="news_body_area">
                <table class="photo_table"><tr><td><img src="./page_files/photo1.jpg"></td></tr>
                <tr><td class="img_desc">군청 전경 ⓒ지역일보</td></tr></table>
                행정안전부가 올해 지방소멸대응기금 배분 결과를 확정했다. 인구감소지역 89곳이 대상이다.<br><br>
                우리 군은 최고 등급을 받아 기금 160억 원을 받는다. 군은 청년 주거와 일자리 사업에 쓸 계획이다.<br><br>
                ■ 사업 계획<br><br>
                군 관계자는 "청년이 머무는 지역을 만들겠다"고 말했다.<br><br>
                </div></body></html>
                """.replace("@CS@", charsetDeclared);
    }

    public static final String LEGACY_TITLE = "지방 소멸 대응 기금 배분 확정";

    /** The smallest PNG header: enough for the importer's magic-byte check. */
    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    /** A portal page (Naver news markup): body in #dic_area, photo in span.end_photo_org with em.img_desc. */
    public static String portal() {
        return """
                <html><head><meta charset="utf-8"><title>기준금리 동결 : 네이버 뉴스</title>
                <meta property="og:title" content="한은, 기준금리 연 3.25%로 동결">
                <meta property="og:article:author" content="경제일보 | 네이버">
                <meta name="twitter:creator" content="경제일보"></head>
                <body><div id="ct"><div class="media_end_head"><h2 id="title_area"><span>한은, 기준금리 연 3.25%로 동결</span></h2>
                <span class="media_end_head_info_datestamp_time" data-date-time="2025-10-23 10:01:00">2025.10.23. 오전 10:01</span></div>
                <div id="newsct_article"><article id="dic_area" class="go_trans _article_content">
                <strong class="media_end_summary">한은 금통위, 석 달 연속 동결<br>가계부채·환율 부담 여전</strong><br><br>
                <span class="end_photo_org"><img src="기사_files/rate.jpg" alt=""><em class="img_desc">이창용 한국은행 총재가 23일 기자간담회에서 발언하고 있다. (사진=한국은행 제공)</em></span><br>
                한국은행 금융통화위원회가 23일 기준금리를 연 3.25%로 동결했다. 가계부채 증가세와 환율 변동성을 고려한 결정이다.<br><br>
                <strong>■ 향후 전망</strong><br><br>
                시장에서는 다음 달 인하 가능성을 높게 본다. 다만 부동산 시장 과열이 변수로 꼽힌다.<br><br>
                박서연 기자 (seoyeon@example.com)<br>
                ▶ 네이버에서 경제일보 구독하기<br>☞ 기사 제보 및 보도자료 press@example.com<br>
                &lt;저작권자(c) 경제일보, 무단 전재-재배포, AI 학습 및 활용 금지&gt;<br>
                </article></div>
                <div class="byline"><p class="byline_p"><span class="byline_s">박서연 기자</span></p></div>
                <div class="media_end_linked"><h4>이 기사를 추천합니다</h4><a href="/r">추천</a></div></div></body></html>
                """;
    }
}
