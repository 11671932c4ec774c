package kr.gisa.core.parse.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a page says about its article outside the body: JSON-LD (NewsArticle and kin), Open Graph
 * and {@code article:} meta tags, the canonical link. Each field is the first trustworthy source
 * in that order; null when the page says nothing.
 */
record PageMetadata(String headline, String subtitle, String description, String author, String publisher,
                    String published, String url, String articleBody) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "liveblogposting");

    static PageMetadata of(Document doc) {
        Metas metas = new Metas(doc);
        return of(doc, metas);
    }

    /** Meta tags by lower-case name or property, first value wins; read in one pass over the head. */
    private static final class Metas {
        final java.util.Map<String, String> values = new java.util.HashMap<>();

        Metas(Document doc) {
            Element scope = doc.head();
            for (Element m : scope.select("meta[content]")) put(m);
            // Some pages put meta tags in the body; look there only when the head has none.
            if (values.isEmpty() && doc.body() != null) for (Element m : doc.body().select("meta[content]")) put(m);
        }

        private void put(Element m) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String c = m.attr("content").strip();
            if (!key.isEmpty() && !c.isEmpty()) values.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
        }
    }

    private static PageMetadata of(Document doc, Metas metas) {
        JsonNode ld = jsonLdArticle(doc);
        String headline = first(text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
                meta(metas, "title"));
        String subtitle = first(text(ld, "alternativeHeadline"), meta(metas, "og:subtitle"));
        String description = first(text(ld, "description"), meta(metas, "og:description"), meta(metas, "description"));
        String author = first(person(ld == null ? null : ld.get("author")), nonUrl(meta(metas, "article:author")),
                nonUrl(meta(metas, "author")), meta(metas, "dable:author"), meta(metas, "byl"));
        String publisher = first(ld == null ? null : person(ld.get("publisher")), meta(metas, "og:site_name"),
                meta(metas, "article:publisher") != null && !meta(metas, "article:publisher").startsWith("http")
                        ? meta(metas, "article:publisher") : null);
        String published = first(text(ld, "datePublished"), meta(metas, "article:published_time"),
                meta(metas, "og:article:published_time"), meta(metas, "pubdate"), meta(metas, "publishdate"),
                meta(metas, "date"), meta(metas, "dc.date.issued"), meta(metas, "dc.date"), timeElement(doc),
                koreanDateLine(doc));
        String url = first(canonical(doc), meta(metas, "og:url"), ld == null ? null : text(ld, "url"),
                ld == null ? null : id(ld.get("mainEntityOfPage")));
        String body = text(ld, "articleBody");
        return new PageMetadata(clean(headline), clean(subtitle), clean(description), clean(author), clean(publisher),
                clean(published), httpOnly(clean(url)), body);
    }

    /** The first JSON-LD object of an article type, searching arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip();
            if (data.isEmpty() || data.length() > 2_000_000) continue;
            try {
                JsonNode found = findArticle(JSON.readTree(data));
                if (found != null) return found;
            } catch (Exception e) {
                // Malformed JSON-LD is common; the page's other hints still count.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode root) {
        List<JsonNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size() && i < 500; i++) {
            JsonNode n = queue.get(i);
            if (n == null) continue;
            if (n.isArray()) {
                n.forEach(queue::add);
            } else if (n.isObject()) {
                if (isArticleType(n.get("@type"))) return n;
                if (n.has("@graph")) queue.add(n.get("@graph"));
                if (n.has("mainEntity")) queue.add(n.get("mainEntity"));
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (isArticleType(t)) return true;
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) v = v.size() > 0 ? v.get(0) : null;
        return v != null && v.isValueNode() ? v.asText() : null;
    }

    private static String id(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) return node.asText();
        return node.isObject() ? text(node, "@id") : null;
    }

    /** A name from a string, a Person/Organization object, or an array of them (joined). */
    private static String person(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return nonUrl(node.asText());
        if (node.isObject()) return nonUrl(text(node, "name"));
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String s = person(n);
                if (s != null && !s.isBlank()) names.add(s.strip());
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static String meta(Metas metas, String name) {
        return metas.values.get(name);
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    // "입력 2025.11.03 09:12", "기사입력 :[ 2018-08-25 15:24 ]", "승인 2025-11-03 오후 3:05"
    private static final java.util.regex.Pattern KOREAN_DATE = java.util.regex.Pattern.compile(
            "(?:입력|등록|기사입력|게재|발행|승인|작성)\\s*(?:일시|일)?\\s*[:：]?\\s*\\[?\\s*"
                    + "(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*[.일]?"
                    + "(?:\\s*(?:\\([월화수목금토일]\\))?\\s*(오전|오후)?\\s*(\\d{1,2}):(\\d{2}))?");

    /** The publication time Korean pages print in their header, as ISO local time (no zone given). */
    static String koreanDateLine(Document doc) {
        if (doc.body() == null) return null;
        String text = doc.body().text();
        java.util.regex.Matcher m = KOREAN_DATE.matcher(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        if (!m.find()) return null;
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        String date = String.format("%s-%02d-%02d", m.group(1), month, day);
        if (m.group(5) == null) return date;
        int hour = Integer.parseInt(m.group(5));
        if ("오후".equals(m.group(4)) && hour < 12) hour += 12;
        if ("오전".equals(m.group(4)) && hour == 12) hour = 0;
        return hour > 23 ? date : date + String.format("T%02d:%s", hour, m.group(6));
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    private static String httpOnly(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = org.jsoup.parser.Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
