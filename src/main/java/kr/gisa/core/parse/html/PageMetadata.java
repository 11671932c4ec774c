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
                meta(metas, "date"), meta(metas, "dc.date.issued"), meta(metas, "dc.date"), timeElement(doc));
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
