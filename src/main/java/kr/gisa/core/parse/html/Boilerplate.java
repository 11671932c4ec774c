package kr.gisa.core.parse.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/** Names and words that mark page furniture rather than article text. */
final class Boilerplate {

    private Boilerplate() {
    }

    /**
     * Never article content, and dangerous or useless to keep. Not {@code form}: ASP.NET pages wrap the
     * whole page in one.
     */
    static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "iframe", "frame", "frameset",
            "object", "embed", "applet", "button", "input", "select", "textarea", "option", "nav",
            "svg", "canvas", "template", "video", "audio", "map", "dialog", "menu", "link", "meta", "base");

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot",
            "tr", "td", "th", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "address",
            "hr", "center", "body", "html", "fieldset", "details", "summary", "hgroup");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    // Class/id words of page furniture (readability's list, plus what Korean sites call them).
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|adsense|advert|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|"
                    + "foot|gdpr|header|legends|menu|related|remark|replies|reply|rss|shoutbox|sidebar|skyscraper|"
                    + "social|sponsor|supplemental|pagination|pager|popup|share|sns|tweet|twitter|facebook|kakao|"
                    + "recommend|popular|ranking|most-?read|newsletter|subscri|cookie|consent|login|signup|"
                    + "promo|outbrain|taboola|dable|widget|toolbar|print|font-?size|tag-?list|\\btags?\\b|keyword|"
                    + "copyright|reporter|journalist|writer|profile|byline|author|rel_|relate|hot_?news|"
                    + "best_?news|aside|gnb|lnb|snb|topmenu|btn|button|scrap|navigation|nav\\b|jump|skip|"
                    + "go_?top|bottom|subscribe|sharing|likes?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|text|view|news_?view|detail|entry|post",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|"
                    + "news_?view|view_?con|detail|txt|par\\b|cont",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|\\bhid\\b|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
                    + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|"
                    + "tool|widget|sns|recommend|popular|ranking|reporter|copyright|subscribe|rel_|relate|list",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PHOTO_CLASS = Pattern.compile("photo|image|img|figure|pic|thumb", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_CLASS = Pattern.compile(
            "caption|cap\\b|cap_|desc|figcaption|img_?txt|photo_?txt|txt|explain|comment_?img|source",
            Pattern.CASE_INSENSITIVE);

    static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    // Whole class tokens only: "field--label-hidden" hides a label, not the field.
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?:^|\\s)(?:hidden|blind|sr-only|screen_out|visually-hidden|screen-reader-text|offscreen|a11y-hidden)(?:\\s|$)");
    private static final Pattern FURNITURE_EVEN_IN_ARTICLE = Pattern.compile(
            "relat|share|sns|comment|reply|recommend|popular|ranking|reporter|journalist|copyright|subscri|banner|"
                    + "advert|sponsor|tag-?list|keyword|byline|author|btn|button|print|font-?size|toolbar|social|rel_|"
                    + "promo|newsletter|\\btags?\\b");

    // Pages repeat a few class names thousands of times: each name is judged once.
    private static final Map<String, Boolean> UNLIKELY_CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> FURNITURE_CACHE = new ConcurrentHashMap<>();

    private static boolean cached(Map<String, Boolean> cache, String key, java.util.function.Predicate<String> test) {
        Boolean v = cache.get(key);
        if (v == null) {
            if (cache.size() > 20_000) cache.clear();
            v = test.test(key);
            cache.put(key, v);
        }
        return v;
    }

    /** Furniture by its class or id, unless the name also says "content". */
    static boolean unlikely(Element e) {
        String n = names(e);
        if (n.isBlank()) return false;
        return cached(UNLIKELY_CACHE, n, k -> SCREEN_READER_ONLY.matcher(k).find()
                || UNLIKELY.matcher(k).find() && !MAYBE.matcher(k).find());
    }

    /** Furniture by name even when it also says "article" (e.g. article-related, article_comment). */
    static boolean furniture(Element e) {
        String n = names(e);
        if (n.isBlank()) return false;
        return cached(FURNITURE_CACHE, n, k -> SCREEN_READER_ONLY.matcher(k).find()
                || UNLIKELY.matcher(k).find() && (!MAYBE.matcher(k).find() || FURNITURE_EVEN_IN_ARTICLE.matcher(k).find()));
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && e.selectFirst("img") == null) return true;
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) w -= 25;
            if (POSITIVE.matcher(cls).find()) w += 25;
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) w -= 25;
            if (POSITIVE.matcher(id).find()) w += 25;
        }
        return w;
    }

    static boolean photoContainer(Element e) {
        return PHOTO_CLASS.matcher(names(e)).find();
    }

    static boolean captionElement(Element e) {
        return e.tagName().equals("figcaption") || CAPTION_CLASS.matcher(names(e)).find();
    }

    // Short lines that are page furniture even inside the article body.
    private static final Pattern JUNK_LINE = Pattern.compile(
            "^(?:기사\\s*(?:공유|저장|듣기|스크랩|원문)|공유하기|URL\\s*복사|링크\\s*복사|좋아요|싫어요|구독(?:하기)?|"
                    + "글자\\s*크기.*|인쇄(?:하기)?|댓글.*|페이스북|트위터|카카오(?:톡|스토리)?|네이버\\s*밴드|"
                    + "이메일|메일(?:보내기)?|닫기|더보기|목록|이전\\s*기사|다음\\s*기사|관련\\s*기사.*|"
                    + "이\\s*기사를\\s*추천.*|기자의?\\s*다른\\s*기사.*|.{0,20}기자\\s*구독.*|제보하기.*|"
                    + "Share|Tweet|Print|Email|Advertisement|ADVERTISEMENT|광고|Caption|Hide Caption|Close|Expand|Enlarge|"
                    + "Next|Previous|Prev|Loading\\.*|Read more|Read More|Continue reading|사진 확대|확대|크게 보기)$");

    // Promotion lines Korean sites append to the body: "▶ 네이버에서 한경 구독하기", "☞ 기사 제보 press@…".
    private static final Pattern PROMO_LINE = Pattern.compile(
            "^[▶☞▷►➤→]\\s*.*(?:구독|제보|바로\\s*가기|보러\\s*가기|클릭|다운로드|앱\\s|앱$|카카오톡|네이버|뉴스레터|"
                    + "채널\\s*추가|친구\\s*추가|이벤트|무료|신청|확인하세요|에서\\s*보기).*$");

    // "Related: …", "Read more: …", "Image 2 of 5", "SUBSCRIBE", "[관련기사] …"
    private static final Pattern POINTER_LINE = Pattern.compile(
            "(?i)^(?:(?:related|read more|read also|also read|see also|more|watch|listen|download|itunes|"
                    + "관련\\s*기사|관련\\s*뉴스|함께\\s*보기)\\s*[:：]|\\[(?:관련\\s*기사|관련\\s*뉴스)\\]|"
                    + "(?:image|photo|사진)\\s*\\d+\\s*(?:of|/)\\s*\\d+$|subscribe\\b).*");

    static boolean junkLine(String s) {
        if (s.length() <= 80 && PROMO_LINE.matcher(s).matches()) return true;
        if (s.length() <= 160 && POINTER_LINE.matcher(s).matches()) return true;
        return s.length() <= 40 && JUNK_LINE.matcher(s).matches();
    }

    private static final Pattern DECK = Pattern.compile(
            "(?i)subtitle|sub_title|sub-title|subheading|sub_head|subhead|article-head-sub|media_end_summary|"
                    + "\\bdeck\\b|standfirst|summary_?title|news_?summary|article_?summary|\\blead_?text\\b");

    /** A deck (subtitle) block: short text by its class, e.g. Naver's media_end_summary. */
    static boolean deck(Element e) {
        String n = names(e);
        return !n.isBlank() && DECK.matcher(n).find();
    }
}
