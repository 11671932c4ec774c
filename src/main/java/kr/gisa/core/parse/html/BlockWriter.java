package kr.gisa.core.parse.html;

import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.LineRules;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the chosen body containers as sections of paragraphs and photos, in document order.
 * Furniture inside the body (share bars, related lists, reporter boxes, link lists) is skipped;
 * bylines and copyright lines become metadata instead of paragraphs.
 */
final class BlockWriter {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");
    private static final Pattern CAPTION_CLASS = Pattern.compile(
            "(?i)\\b(?:caption|figcaption|photo_?caption|img_?caption|image-caption|wp-caption-text|img_desc|photo_desc)\\b");
    private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)\\b(?:credit|photo-?credit|img-?credit|copyright-?photo)\\b");
    private static final Pattern ROLES = Pattern.compile(
            "기자|특파원|칼럼니스트|논설위원|위원|객원기자|통신원|에디터|리포터|인턴기자|선임기자|대기자|편집위원|기고|교수|작가|소설가");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private final ContentFinder finder;
    private final String title;
    private final List<Section> sections = new ArrayList<>();
    private String heading;
    private List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    final List<String> subtitles = new ArrayList<>();
    String byline;
    String email;
    String copyright;
    String publisher;

    BlockWriter(ContentFinder finder, String title) {
        this.finder = finder;
        this.title = title == null ? "" : normalize(title);
    }

    void write(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
                String tag = e.tagName();
                if (e != root && skip(e)) return FilterResult.SKIP_ENTIRELY;
                if (tag.equals("br")) {
                    flushLine();
                    return FilterResult.CONTINUE;
                }
                if (Boilerplate.HEADINGS.contains(tag)) {
                    flushLine();
                    heading(text(e));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && sections.isEmpty() && blocks.isEmpty() && heading == null && Boilerplate.deck(e)
                        && finder.stats(e).text <= 400) {
                    // The deck at the top of the body (Naver's summary, "sub_title" lines) is the subtitle.
                    flushLine();
                    for (String l : lines(e)) if (!l.isEmpty()) subtitles.add(l);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && CREDIT_CLASS.matcher(e.className()).find() && finder.stats(e).text <= 120) {
                    // A stray credit line ("Photo: …", "[사진=…]") belongs to the photo before it.
                    flushLine();
                    creditLastPhoto(text(e));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e != root && !tag.equals("p") && CAPTION_CLASS.matcher(e.className()).find()
                        && finder.stats(e).images == 0 && finder.stats(e).text <= 400) {
                    // A caption whose image is elsewhere (lazy-loaded, or in a sibling wrapper).
                    flushLine();
                    orphanCaption(text(e));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("figure") || tag.equals("img") || (e != root && isPhotoUnit(e))) {
                    flushLine();
                    photo(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table") && e != root && isLayoutFreeDataTable(e)) {
                    flushLine();
                    // A data table reads as one line per row.
                    for (Element row : e.select("tr")) {
                        String r = normalize(String.join(" · ", row.select("td,th").eachText()));
                        if (!r.isEmpty()) paragraph(r);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (Boilerplate.BLOCK_TAGS.contains(tag)) flushLine();
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && Boilerplate.BLOCK_TAGS.contains(e.tagName())) flushLine();
                return FilterResult.CONTINUE;
            }
        }, root);
        flushLine();
    }

    private boolean skip(Element e) {
        String tag = e.tagName();
        if (finder.excluded(e)) return true;
        if (Boilerplate.DROP_TAGS.contains(tag) || Boilerplate.hidden(e)) return true;
        if (tag.equals("aside") || tag.equals("footer")) return true;
        if (!tag.equals("blockquote") && Boilerplate.furniture(e)) return true;
        ContentFinder.Stats s = finder.stats(e);
        boolean box = tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                || tag.equals("table") || tag.equals("dl") || tag.equals("header") || tag.equals("nav");
        // Lists and boxes that are mostly links: related articles (with thumbnails too), tags, menus.
        if (box && s.text > 0 && s.linkDensity() > 0.5 && (s.images == 0 || e.select("a").size() >= 2)) return true;
        // A box introduced by "Related", "You may also like", "관련기사" … with links in it.
        if (box && s.link > 0 && s.linkDensity() > 0.2 && opensWithRelatedHeading(e)) return true;
        if (tag.equals("header") && e.selectFirst("h1") != null) return true;
        return false;
    }

    private static final Pattern RELATED = Pattern.compile("(?i)^(?:관련\\s*기사|관련\\s*뉴스|추천\\s*기사|많이\\s*본|"
            + "함께\\s*보면|이\\s*시각|인기\\s*기사|주요\\s*뉴스|related|you may also|you might also|more from|more on|"
            + "read more|recommended|most popular|most read|trending|sponsored|more stories|more great|also read|see also|"
            + "popular)");

    private boolean opensWithRelatedHeading(Element box) {
        Element first = box.firstElementChild();
        for (int i = 0; i < 3 && first != null; i++) {
            if (finder.stats(first).text > 60) return false; // a long first block is content, not a heading
            String t = normalize(first.text());
            if (!t.isEmpty() && t.length() <= 60) return RELATED.matcher(t).find();
            if (!t.isEmpty()) return false;
            first = first.nextElementSibling();
        }
        return false;
    }

    private static boolean isLayoutFreeDataTable(Element table) {
        // Tables are layout on old Korean sites; treat as data only when it has headers and no nested blocks.
        return table.selectFirst("th") != null && table.select("p, div, table table").isEmpty();
    }

    /** A small container of one image and a short caption, as Korean sites mark up photos. */
    private boolean isPhotoUnit(Element e) {
        ContentFinder.Stats s = finder.stats(e);
        if (s.images != 1 || s.text > 1200 || e.tagName().equals("p") || e.tagName().equals("a")) return false;
        if (Boilerplate.photoContainer(e)) return s.text <= 400;
        // A gallery item or table cell holding one image and its caption element.
        for (Element c : e.children()) {
            if (c.selectFirst("img") == null && Boilerplate.captionElement(c) && !text(c).isEmpty()) return true;
        }
        return false;
    }

    private void photo(Element unit) {
        Photo p = PhotoMarkup.read(unit);
        if (p == null) return;
        // The same caption twice in a row (alt text, then caption) is one photo.
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Photo last && p.image() == null
                && last.caption().equals(p.caption()) && Objects.equals(last.credit(), p.credit())) {
            return;
        }
        blocks.add(p);
    }

    private void orphanCaption(String caption) {
        if (caption.isEmpty()) return;
        Photo p = PhotoMarkup.captioned(caption, null);
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Photo last) {
            if (last.caption().isEmpty() || last.caption().equals(p.caption())) {
                blocks.set(blocks.size() - 1,
                        new Photo(p.caption(), last.credit() != null ? last.credit() : p.credit(), last.image()));
                return;
            }
        }
        blocks.add(p);
    }

    private void creditLastPhoto(String credit) {
        if (credit.isEmpty() || blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Photo last)) return;
        if (last.credit() != null) return;
        String c = credit.replaceFirst("(?i)^(?:Photos?|Images?|Credit)\\s*(?:by)?\\s*[:/]\\s*", "")
                .replaceFirst("^[\\[(]?\\s*(?:사진|자료|그래픽)\\s*[=:]\\s*", "").replaceFirst("[\\])]$", "").strip();
        blocks.set(blocks.size() - 1, new Photo(last.caption(), c, last.image()));
    }

    private void flushLine() {
        String s = normalize(line.toString());
        line.setLength(0);
        if (s.isEmpty()) return;
        if (Boilerplate.junkLine(s)) return;
        Optional<String> pub = LineRules.copyrightPublisher(s);
        if (pub.isPresent() || (s.length() <= 120 && (s.contains("무단전재") || s.contains("무단 전재")
                || s.contains("재배포 금지") || s.contains("재배포금지")))) {
            if (copyright == null) {
                copyright = s;
                publisher = pub.orElse(null);
            }
            return;
        }
        // Korean caption lines: "▲ 군청 전경 [사진=지역일보]" under (or instead of) the image.
        Optional<LineRules.Caption> cap = LineRules.caption(s);
        boolean afterPhoto = !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Photo;
        if (cap.isPresent() && (afterPhoto || s.length() <= 150)) {
            String c = cap.get().caption().replaceFirst("^[▲△▶▷◀◁■□●○◆◇※]\\s*", "");
            if (afterPhoto && blocks.get(blocks.size() - 1) instanceof Photo last
                    && (last.caption().isEmpty() || last.caption().equals(c) || c.isEmpty())) {
                String credit = last.credit() != null ? last.credit() : cap.get().credit();
                blocks.set(blocks.size() - 1, new Photo(last.caption().isEmpty() ? c : last.caption(), credit, last.image()));
            } else {
                blocks.add(new Photo(c, cap.get().credit(), null));
            }
            return;
        }
        // Text-style subheadings (■ 사업 계획, 【…】) in sites that write the body as plain lines.
        Optional<String> marked = LineRules.heading(s);
        if (marked.isPresent()) {
            heading(marked.get());
            return;
        }
        Optional<LineRules.Byline> by = LineRules.byline(s);
        if (by.isPresent()) {
            if (byline == null) {
                byline = by.get().name();
                email = by.get().email();
            }
            return;
        }
        if (s.length() <= 60 && EMAIL.matcher(s).find() && s.replaceAll(EMAIL.pattern(), "").strip().length() <= 20) {
            // "정덕현 칼럼니스트 thekian1@…", "칼럼니스트 박생강 pillgoo9@…": a signature line.
            if (email == null) {
                java.util.regex.Matcher m = EMAIL.matcher(s);
                if (m.find()) email = m.group();
            }
            if (byline == null) {
                for (String w : s.replaceAll(EMAIL.pattern(), " ").split("[\\s/=\\[\\]()<>]+")) {
                    if (w.matches("[가-힣]{2,4}") && !ROLES.matcher(w).matches()) {
                        byline = w;
                        break;
                    }
                }
            }
            return;
        }
        paragraph(s);
    }

    private final java.util.Set<String> seen = new java.util.HashSet<>();

    private void paragraph(String s) {
        if (blocks.isEmpty() && heading == null && sections.isEmpty() && s.equals(title)) return;
        // A caption repeated as text under its photo (galleries, "more/less" toggles) is not a paragraph.
        if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Photo last && last.caption().length() >= 20
                && s.replaceFirst("\\s*(?:less|more|더보기|닫기)$", "").startsWith(last.caption())) {
            return;
        }
        // Pages that carry the body twice (microdata copy, print version) would show every long paragraph twice.
        if (s.length() >= 60 && !seen.add(s)) return;
        blocks.add(new Paragraph(s));
    }

    private void heading(String h) {
        if (h.isEmpty()) return;
        if (h.equals(title) && sections.isEmpty() && blocks.isEmpty()) return;
        if (h.length() > 200) {
            paragraph(h);
            return;
        }
        // Text before the first heading is the lead; a heading with nothing under it still reads as one.
        if (heading != null || !blocks.isEmpty()) sections.add(new Section(heading, blocks));
        heading = h;
        blocks = new ArrayList<>();
    }

    List<Section> sections() {
        flushLine();
        List<Section> out = new ArrayList<>(sections);
        if (!blocks.isEmpty()) out.add(new Section(heading, blocks));
        // Headings left without text at the end ("관련기사", "Tags") announced furniture that was dropped.
        while (!out.isEmpty() && out.get(out.size() - 1).blocks().isEmpty()) out.remove(out.size() - 1);
        return out;
    }

    /** The element's text split at line breaks and blocks, each line normalised. */
    static List<String> lines(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) sb.append(t.getWholeText());
            else if (node instanceof Element el && (el.tagName().equals("br") || Boilerplate.BLOCK_TAGS.contains(el.tagName()))) {
                sb.append('\n');
            }
        }, e);
        List<String> out = new ArrayList<>();
        for (String l : sb.toString().split("\n")) {
            String n = normalize(l);
            if (!n.isEmpty()) out.add(n.replaceFirst("^[-–—·•]\\s+", ""));
        }
        return out;
    }

    static String text(Element e) {
        return normalize(e.wholeText());
    }

    static String normalize(String s) {
        return s == null ? "" : SPACES.matcher(s).replaceAll(" ").strip();
    }
}
