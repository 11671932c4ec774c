package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The briefing as one self-contained HTML page: the style sheet from {@code styles/briefing.css}
 * (on the class path) is inlined and nothing is fetched, so the file opens the same offline.
 * The PDF is drawn with PDFBox directly rather than printed from this HTML: exact control over
 * the one-page fit and Korean line breaking matters more there than sharing a template.
 */
public final class HtmlExporter implements BriefingExporter {

    static final String STYLESHEET = "/styles/briefing.css";

    @Override
    public void write(Briefing b, OutputStream out) throws IOException {
        out.write(render(b).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String extension() {
        return "html";
    }

    public String render(Briefing b) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Gisa\">\n")
                .append("<title>").append(esc(b.title())).append(" — ").append(Texts.BRAND).append("</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        h.append("<header class=\"brand\"><span class=\"name\">").append(Texts.BRAND).append("</span><span>")
                .append("작성 ").append(esc(Texts.made(b))).append("</span></header>\n");
        h.append("<h1>").append(esc(b.title())).append("</h1>\n");
        for (String s : b.subtitles()) h.append("<p class=\"deck\">").append(esc(s)).append("</p>\n");
        h.append("<p class=\"source\">").append(esc(Texts.source(b)));
        if (b.query() != null) h.append(" · 초점: <mark>").append(esc(b.query())).append("</mark>");
        h.append("</p>\n");

        h.append("<h2>").append(Texts.SUMMARY).append("</h2>\n");
        if (b.sentences().isEmpty()) h.append("<p class=\"source\">").append(Texts.NO_SUMMARY).append("</p>\n");
        h.append("<ol class=\"summary\">\n");
        for (Briefing.Sentence s : b.sentences()) {
            h.append("<li>");
            List<String> runs = Texts.runs(s);
            for (int k = 0; k < runs.size(); k++) {
                if (k % 2 == 1) h.append("<mark>").append(esc(runs.get(k))).append("</mark>");
                else h.append(esc(runs.get(k)));
            }
            h.append("<span class=\"ref\">").append(Texts.address(s.section(), s.paragraph())).append("</span></li>\n");
        }
        h.append("</ol>\n");

        if (!b.figures().isEmpty() || !b.quotes().isEmpty()) {
            h.append("<div class=\"columns\">\n<section>\n");
            if (!b.figures().isEmpty()) {
                h.append("<h2>").append(Texts.FIGURES).append("</h2>\n<table class=\"figures\">\n");
                for (Briefing.Figure f : b.figures()) {
                    h.append("<tr><td class=\"value\">").append(esc(f.text())).append("</td><td class=\"subject\">")
                            .append(esc(f.subject() == null ? "" : f.subject())).append("</td><td class=\"ref\">")
                            .append(Texts.address(f.section(), f.paragraph())).append("</td></tr>\n");
                }
                h.append("</table>\n");
            }
            h.append("</section>\n<section>\n");
            if (!b.quotes().isEmpty()) {
                h.append("<h2>").append(Texts.QUOTES).append("</h2>\n");
                for (Briefing.Quote q : b.quotes()) {
                    h.append("<blockquote>“").append(esc(q.text())).append("”<span class=\"who\">— ")
                            .append(esc(Texts.speaker(q))).append(" <span class=\"ref\">")
                            .append(Texts.address(q.section(), q.paragraph())).append("</span></span></blockquote>\n");
                }
            }
            h.append("</section>\n</div>\n");
        }
        chips(h, Texts.KEYWORDS, b.keywords());
        chips(h, Texts.NAMES, b.names());
        if (!b.outline().isEmpty()) {
            h.append("<h2>").append(Texts.OUTLINE).append("</h2>\n<ul class=\"outline\">\n");
            for (Briefing.OutlineItem o : b.outline()) {
                h.append("<li><b>").append(esc(Texts.heading(o))).append("</b>");
                if (o.gist() != null) h.append(" — ").append(esc(o.gist()));
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<footer>").append(esc(Texts.source(b))).append(" · ").append(Texts.BRAND).append(' ')
                .append(esc(Texts.made(b))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void chips(StringBuilder h, String label, List<String> items) {
        if (items.isEmpty()) return;
        h.append("<h2>").append(label).append("</h2>\n<p class=\"chips\">");
        for (String k : items) h.append("<span>").append(esc(k)).append("</span>");
        h.append("</p>\n");
    }

    static String css() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + STYLESHEET);
            // "</" would end the style element early: the sheet is ours, but keep the page well-formed regardless.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
