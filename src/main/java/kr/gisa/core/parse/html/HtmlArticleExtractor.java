package kr.gisa.core.parse.html;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the article of a saved news page: metadata from JSON-LD and meta tags, the body from the
 * markup of known news sites or by content scoring, written as sections of paragraphs and photos.
 *
 * <p>The result holds text only: no markup, script or handler survives. A photo's {@link
 * kr.gisa.core.model.Photo#image()} is the page's own reference (its {@code src}) exactly as
 * written; the importer replaces it with the stored copy, or drops it when the file is not
 * inside the page's folder.
 */
public final class HtmlArticleExtractor {

    /** A page that is mostly deeply nested junk still parses; jsoup keeps depth bounded. */
    private static final int MAX_DEPTH = 512;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+(?:[|\\-–—:·<>]|::)\\s+[^|\\-–—:·]{1,40}$");
    // Korean CMS titles: "제목 < 산업 < 기사본문 - 전기신문"
    private static final Pattern CMS_TRAIL = Pattern.compile("(?:\\s+<\\s+[^<]{1,30})+\\s*$");

    private static final boolean DEBUG = Boolean.getBoolean("gisa.debug.extract");

    public Article extract(String html, String id) {
        Parser parser = Parser.htmlParser();
        parser.setMaxDepth(MAX_DEPTH);
        Document doc = Jsoup.parse(html, "", parser);
        PageMetadata meta = PageMetadata.of(doc);
        String title = title(doc, meta);

        removeDangerous(doc);
        Element body = doc.body();
        List<Section> sections = List.of();
        BlockWriter writer = null;
        // First pass ignores likely furniture while scoring; if that leaves too little, score everything.
        Set<Element> unlikely = unlikely(body);
        List<Element> roots = List.of();
        for (int pass = 0; pass < 2; pass++) {
            ContentFinder finder = new ContentFinder(body, pass == 0 ? unlikely : Set.of());
            roots = finder.bySiteMarkup(body);
            if (roots.isEmpty()) roots = finder.withSiblings(finder.byScore(body));
            if (DEBUG) {
                System.err.println("pass " + pass + " roots: "
                        + roots.stream().map(r -> r.tagName() + "." + r.className() + "#" + r.id()).toList());
            }
            writer = new BlockWriter(finder, title);
            for (Element r : roots) writer.write(r);
            sections = writer.sections();
            if (textLength(sections) >= 250 || unlikely.isEmpty()) break;
        }

        List<String> subtitles = new ArrayList<>();
        if (meta.subtitle() != null && !meta.subtitle().equals(title)) subtitles.add(meta.subtitle());
        else if (!writer.subtitles.isEmpty()) subtitles.addAll(writer.subtitles);
        else subtitles.addAll(deckOutside(body, roots));
        String publisher = meta.publisher() != null ? meta.publisher() : writer.publisher;
        String byline = meta.author() != null ? meta.author() : writer.byline;
        return new Article(id, title, subtitles, publisher, byline, writer.email, meta.published(), meta.url(),
                writer.copyright, sections);
    }

    /** A deck in the article header, before the body: short, not links, not inside the body. */
    private static List<String> deckOutside(Element body, List<Element> roots) {
        if (body == null) return List.of();
        for (Element e : body.select("[class~=(?i)sub_?-?title|subheading|sub_?head|article-head-sub|deck|standfirst|summary]")) {
            if (!Boilerplate.deck(e) || Boilerplate.HEADINGS.contains(e.tagName()) && e.selectFirst("a") != null) continue;
            boolean inside = false;
            for (Element r : roots) if (r == e || e.parents().contains(r)) inside = true;
            if (inside) continue;
            String t = BlockWriter.text(e);
            if (t.length() >= 8 && t.length() <= 300 && e.select("a").text().length() * 3 < t.length()) return BlockWriter.lines(e);
        }
        return List.of();
    }

    private static int textLength(List<Section> sections) {
        int n = 0;
        for (Section s : sections) {
            for (var p : s.paragraphs()) n += p.text().length();
        }
        return n;
    }

    private static String title(Document doc, PageMetadata meta) {
        String docTitle = BlockWriter.normalize(doc.title());
        String t = meta.headline() != null ? BlockWriter.normalize(meta.headline()) : docTitle;
        // The page's own heading wins when the title tag or meta title contains it ("제목 - 신문사").
        if (doc.body() != null) {
            for (Element h : doc.body().select("h1, h2, h3, dt, .title, .subject, .headline, [class*=title], [id*=title]")) {
                String ht = BlockWriter.text(h);
                // Most of the title, ending where the site name begins: not a menu word that starts it.
                if (ht.length() >= 4 && ht.length() <= 300 && ht.length() * 5 >= t.length() * 2 && t.startsWith(ht)
                        && (t.length() == ht.length() || !Character.isLetterOrDigit(t.charAt(ht.length())))) {
                    return ht;
                }
            }
        }
        if (t.isEmpty()) {
            Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
            t = h1 == null ? "" : BlockWriter.text(h1);
        }
        // "Title | Site" or "기사 제목 - 신문사": drop the site name unless it is the whole title.
        String stripped = CMS_TRAIL.matcher(TITLE_SUFFIX.matcher(t).replaceFirst("")).replaceFirst("");
        return stripped.length() >= 4 ? stripped : t;
    }

    private static void removeDangerous(Document doc) {
        for (Element e : doc.select(String.join(",", Boilerplate.DROP_TAGS))) e.remove();
        for (Element e : doc.getElementsByTag("*")) {
            if (Boilerplate.hidden(e) && e.parent() != null) e.remove();
        }
    }

    /** Readability's first pass: furniture by class or id, ignored while scoring (not removed: pass 2 may need it). */
    private static Set<Element> unlikely(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String tag = e.tagName();
            // Quotes (embedded posts included) are the article's words whatever their class says.
            if (tag.equals("a") || tag.equals("article") || tag.equals("main") || tag.equals("blockquote")) continue;
            if (Boilerplate.unlikely(e) || tag.equals("aside") || tag.equals("footer")) out.add(e);
        }
        return out;
    }
}
