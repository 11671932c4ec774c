package kr.gisa.core.parse.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element holding the article body: the markup of common (Korean) news sites first, then
 * readability-style content scoring. Every walk is iterative (jsoup's NodeTraversor), so deeply
 * nested markup cannot overflow the stack.
 */
final class ContentFinder {

    /** Body containers of common news CMSs and portals, most specific first. */
    static final List<String> SITE_SELECTORS = List.of(
            "#dic_area", "#newsct_article", "#articleBodyContents", "#articeBody", "#harmonyContainer",
            "#article-view-content-div", "#articleBody", "#article_body", "#article-body", "#articletxt", "#articleText",
            "#news_body_area", "#newsEndContents", "#textBody", "#CmAdContent", "#adiContents",
            "div[itemprop=articleBody]", "[itemprop=articleBody]", ".article_body", ".article-body",
            ".articleBody", ".news_body", ".news-body", ".art_body", ".article_txt", ".article_view",
            ".view_con", ".news_view", ".story-news", ".entry-content", ".post-content", ".article-content",
            ".story-body", ".article__body", ".c-entry-content",
            // Korean broadcasters and dailies (KBS, MBC, SBS, 한겨레, 동아, 매일경제, 중앙 …)
            "#cont_newstext", ".news_txt", ".article-text", "#article_txt", ".news_cnt_detail_wrap", ".text_area",
            ".article_story", "#articleBodyArea", ".article_con", "#newsView");

    private static final String ALL_SITE_SELECTORS = String.join(", ", SITE_SELECTORS);

    /** Text length, link text length, direct text length and comma count per element. */
    static final class Stats {
        int text;
        int link;
        int direct;
        int commas;
        int images;

        double linkDensity() {
            return text == 0 ? 0 : (double) link / text;
        }
    }

    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("div", "section", "article", "main",
            "center", "font", "span", "body", "form");

    private final Map<Element, Stats> stats = new IdentityHashMap<>();

    private final Set<Element> excluded;

    /** {@code excluded} subtrees count as absent: no text, never candidates. */
    ContentFinder(Element body, Set<Element> excluded) {
        this.excluded = excluded;
        measure(body);
    }

    boolean excluded(Element e) {
        return !stats.containsKey(e);
    }

    Stats stats(Element e) {
        Stats s = stats.get(e);
        return s == null ? new Stats() : s;
    }

    /** One post-order pass computing text lengths bottom-up. */
    private void measure(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (excluded.contains(e)) return FilterResult.SKIP_ENTIRELY;
                    stats.put(e, new Stats());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                tally(node, root);
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Adds a finished node's lengths to its parent (post-order, so children are complete). */
    private void tally(Node node, Element root) {
        Element parent = node.parent() instanceof Element p ? p : null;
        if (parent == null || node == root) return;
        Stats ps = stats.get(parent);
        if (ps == null) return;
        if (node instanceof TextNode t) {
            String s = t.text().strip();
            int len = s.length();
            ps.text += len;
            ps.direct += len;
            ps.commas += commas(s);
            if (parent.tagName().equals("a")) ps.link += len;
        } else if (node instanceof Element e && stats.get(e) != null) {
            Stats s = stats.get(e);
            ps.images += s.images + (e.tagName().equals("img") ? 1 : 0);
            ps.text += s.text;
            ps.link += e.tagName().equals("a") ? s.text : s.link;
            if (!Boilerplate.BLOCK_TAGS.contains(e.tagName()) && !e.tagName().equals("br")) {
                ps.direct += s.direct;
                ps.commas += s.commas;
            }
        }
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、') n++;
        }
        return n;
    }

    /**
     * The known site container with enough text, with any further containers matching the same
     * selector (sites that split the body between ads repeat the container), in document order;
     * empty when no known markup is found.
     */
    List<Element> bySiteMarkup(Element body) {
        // One pass over the page for all selectors, then the most specific that has enough text.
        Element best = null;
        int bestRank = Integer.MAX_VALUE;
        Elements all = body.select(ALL_SITE_SELECTORS);
        for (Element e : all) {
            if (excluded(e) || e == body) continue;
            Stats s = stats(e);
            if (s.text < 150 || s.linkDensity() >= 0.5) continue;
            for (int i = 0; i < bestRank && i < SITE_SELECTORS.size(); i++) {
                if (e.is(SITE_SELECTORS.get(i))) {
                    best = e;
                    bestRank = i;
                    break;
                }
            }
        }
        if (best == null) return List.of();
        List<Element> out = new ArrayList<>();
        for (Element e : all) {
            if (e == best || (!excluded(e) && e != body && e.is(SITE_SELECTORS.get(bestRank)) && stats(e).text >= 25
                    && stats(e).linkDensity() < 0.5 && !nested(e, out) && !isAncestor(e, best) && !isAncestor(best, e)
                    && near(e, best))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Two blocks of one article share an ancestor a few levels up; a second story on the page does not. */
    private static final int NEAR_LEVELS = 4;

    private static boolean near(Element a, Element b) {
        Element pa = a;
        for (int i = 0; i < NEAR_LEVELS && pa != null; i++) {
            pa = pa.parent();
            if (pa != null && isAncestor(pa, b)) return true;
        }
        return false;
    }

    private static boolean nested(Element e, List<Element> in) {
        for (Element o : in) if (isAncestor(o, e) || isAncestor(e, o)) return true;
        return false;
    }

    /** The best-scoring candidate container by content scoring, or the body itself. */
    Element byScore(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (excluded(e)) continue;
            Stats s = stats(e);
            if (s.direct < 25) continue;
            String tag = e.tagName();
            boolean paragraphTag = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
                    || tag.equals("li") || tag.equals("dd");
            // Text written straight into a container (Korean sites separate paragraphs with <br>) scores
            // the container itself; inline elements count towards their block's direct text instead.
            boolean container = CONTAINERS.contains(tag);
            if (!paragraphTag && !container) continue;
            double score = 1 + s.commas + Math.min(s.direct / 100.0, 3);
            Element target = paragraphTag ? e.parent() : e;
            int level = 0;
            while (target != null && level < 3 && !excluded(target)) {
                if (!scores.containsKey(target)) {
                    scores.put(target, initialScore(target));
                    order.add(target);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.put(target, scores.get(target) + score / divider);
                target = target.parent();
                level++;
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : order) {
            double final_ = scores.get(e) * (1 - stats(e).linkDensity());
            scores.put(e, final_);
            if (final_ > bestScore) {
                bestScore = final_;
                best = e;
            }
        }
        if (Boolean.getBoolean("gisa.debug.extract")) {
            order.stream().sorted((x, y) -> Double.compare(scores.get(y), scores.get(x))).limit(5).forEach(x ->
                    System.err.printf("  %.1f %s.%s#%s ld=%.2f text=%d%n", scores.get(x), x.tagName(), x.className(), x.id(),
                            stats(x).linkDensity(), stats(x).text));
        }
        if (best == null) return body;
        best = commonAncestor(best, bestScore, order, scores, body);
        // A container whose parent scores nearly as well is usually one column of a wider article.
        Element parent = best.parent();
        while (parent != null && parent != body.parent()) {
            Double ps = scores.get(parent);
            if (ps == null || ps < bestScore * 0.9) break;
            best = parent;
            parent = parent.parent();
        }
        this.lastScores = scores;
        return best;
    }

    private Map<Element, Double> lastScores = Map.of();

    /**
     * An article split into several blocks (one per section, between ads) scores each block alone;
     * when two or more other strong candidates share an ancestor with the best one, that ancestor
     * is the article (readability's alternative-candidate rule).
     */
    private Element commonAncestor(Element best, double bestScore, List<Element> order, Map<Element, Double> scores,
                                   Element body) {
        // Teasers of other stories score well too (class names like "post"), but hold little text.
        int bestText = stats(best).text;
        List<Element> alternatives = order.stream().filter(e -> e != best && scores.get(e) >= bestScore * 0.75)
                .filter(e -> stats(e).text * 10 >= bestText * 3)
                .filter(e -> !isAncestor(e, best) && !isAncestor(best, e))
                .sorted((x, y) -> Double.compare(scores.get(y), scores.get(x))).limit(5).toList();
        if (alternatives.size() < 2) return best;
        Element a = best.parent();
        while (a != null && a != body && a != body.parent()) {
            int contained = 0;
            for (Element alt : alternatives) if (isAncestor(a, alt)) contained++;
            if (contained >= 2) return a;
            a = a.parent();
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == ancestor) return true;
        return false;
    }

    /** Siblings of the chosen container that belong to the article too (readability's sibling pass). */
    List<Element> withSiblings(Element top) {
        List<Element> out = siblings(top);
        // Blocks of the same kind elsewhere (the article continued after an ad, in another wrapper).
        if (!top.className().isBlank()) {
            double topScore = lastScores.getOrDefault(top, 0.0);
            List<Element> cousins = new ArrayList<>();
            for (Map.Entry<Element, Double> c : lastScores.entrySet()) {
                Element e = c.getKey();
                if (e != top && e.tagName().equals(top.tagName()) && e.className().equals(top.className())
                        && c.getValue() >= topScore * 0.2 && stats(e).linkDensity() < 0.25 && near(e, top) && !nested(e, out)
                        && !nested(e, cousins)) {
                    cousins.add(e);
                }
            }
            if (!cousins.isEmpty()) {
                out = new ArrayList<>(out);
                out.addAll(cousins);
                inDocumentOrder(out);
            }
        }
        return out;
    }

    private void inDocumentOrder(List<Element> elements) {
        Map<Element, Integer> position = new IdentityHashMap<>();
        Element root = elements.get(0).ownerDocument() != null ? elements.get(0).ownerDocument() : elements.get(0).root();
        int i = 0;
        for (Element e : root.getAllElements()) position.put(e, i++);
        elements.sort(java.util.Comparator.comparingInt(e -> position.getOrDefault(e, Integer.MAX_VALUE)));
    }

    private List<Element> siblings(Element top) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = lastScores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? topScore * 0.2 : 0;
            Double sc = lastScores.get(sib);
            if (sc != null && sc + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            // A photo beside the text (figure with its caption) belongs to the article.
            if (sib.tagName().equals("figure") && stats(sib).text <= 400 && sib.selectFirst("img") != null) {
                out.add(sib);
                continue;
            }
            if (sib.tagName().equals("p")) {
                Stats s = stats(sib);
                if (s.text > 80 && s.linkDensity() < 0.25) out.add(sib);
                else if (s.text > 0 && s.text <= 80 && s.link == 0 && sib.text().matches(".*[.!?다]$")) out.add(sib);
            }
        }
        return out;
    }

    private static double initialScore(Element e) {
        double s = switch (e.tagName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + Boilerplate.classWeight(e);
    }
}
