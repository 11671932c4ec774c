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
        JsonNode ld = jsonLdArticle(doc);
        String headline = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "title"));
        String subtitle = first(text(ld, "alternativeHeadline"), meta(doc, "og:subtitle"));
        String description = first(text(ld, "description"), meta(doc, "og:description"), meta(doc, "description"));
        String author = first(person(ld == null ? null : ld.get("author")), nonUrl(meta(doc, "article:author")),
                nonUrl(meta(doc, "author")), meta(doc, "dable:author"), meta(doc, "byl"));
        String publisher = first(ld == null ? null : person(ld.get("publisher")), meta(doc, "og:site_name"),
                meta(doc, "article:publisher") != null && !meta(doc, "article:publisher").startsWith("http")
                        ? meta(doc, "article:publisher") : null);
        String published = first(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:article:published_time"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "date"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"), timeElement(doc));
        String url = first(canonical(doc), meta(doc, "og:url"), ld == null ? null : text(ld, "url"),
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

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (key.equalsIgnoreCase(name)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        return link == null ? null : link.attr("href");
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst("time[datetime]");
        return t == null ? null : t.attr("datetime");
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
