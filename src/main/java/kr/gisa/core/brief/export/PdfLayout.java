package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.export.PdfText.Line;
import kr.gisa.core.brief.export.PdfText.Segment;
import kr.gisa.core.brief.export.PdfText.Style;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a briefing out on one A4 page as a list of drawing operations, at a given {@link Plan}
 * (type scale and how much of each part to show). Laying out is measuring: {@link #fits()} says
 * whether everything landed above the footer, and only a layout that fits is ever drawn.
 */
final class PdfLayout {

    /** How big the type is and how much of each part is shown. */
    record Plan(float scale, int sentences, int figures, int quotes, int quoteLines, boolean keywords,
                boolean names, int outlineLines, int sentenceLines, int titleLines) {
    }

    interface Op {
        void draw(PDPageContentStream cs, PdfText text) throws IOException;
    }

    static final PDRectangle PAGE = PDRectangle.A4;
    private static final java.util.regex.Pattern LIGATURE_BREAK = java.util.regex.Pattern.compile("(?<=f)(?=[fijlt])");
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 44;
    static final float FOOTER = 40;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN_X;

    static final int INK = 0x1d2330;
    static final int MUTED = 0x5c6675;
    static final int ACCENT = 0x1f5fbf;
    static final int RULE = 0xd5dae2;
    static final int PANEL = 0xf4f6f9;
    static final int MARK = 0xfff1a8;

    private final PdfText text;
    private final Briefing b;
    private final Plan plan;
    private final List<Op> ops = new ArrayList<>();
    private float y; // the next baseline area starts below this (PDF coordinates: y grows upwards)

    private PdfLayout(PdfText text, Briefing briefing, Plan plan) {
        this.text = text;
        this.b = briefing;
        this.plan = plan;
    }

    static PdfLayout layOut(PdfText text, Briefing briefing, Plan plan) {
        PdfLayout l = new PdfLayout(text, briefing, plan);
        l.build();
        return l;
    }

    boolean fits() {
        return y >= FOOTER + 6;
    }

    List<Op> ops() {
        return ops;
    }

    private float s(float size) {
        return size * plan.scale();
    }

    private Style style(boolean bold, float size, int rgb) {
        return new Style(bold, s(size), rgb, false);
    }

    private void build() {
        y = PAGE.getHeight() - MARGIN_TOP;
        brand();
        paragraph(List.of(new Segment(b.title(), style(true, 19, INK))), MARGIN_X, WIDTH, 1.3f, plan.titleLines());
        y -= s(3);
        for (String sub : b.subtitles().subList(0, Math.min(b.subtitles().size(), plan.titleLines() >= 3 ? 3 : 1))) {
            paragraph(List.of(new Segment(sub, style(false, 10.5f, MUTED))), MARGIN_X, WIDTH, 1.45f, 2);
        }
        y -= s(3);
        String source = Texts.source(b) + (b.query() == null ? "" : " · 초점: " + b.query());
        paragraph(List.of(new Segment(source, style(false, 8.5f, MUTED))), MARGIN_X, WIDTH, 1.4f, 2);
        y -= s(8);

        summary();
        twoColumns();
        if (plan.keywords() && !b.keywords().isEmpty()) chips(Texts.KEYWORDS, b.keywords());
        if (plan.names() && !b.names().isEmpty()) {
            heading(Texts.NAMES, MARGIN_X, WIDTH);
            paragraph(List.of(new Segment(String.join(" · ", b.names()), style(false, 9, INK))), MARGIN_X, WIDTH, 1.5f, 3);
            y -= s(8);
        }
        if (plan.outlineLines() > 0 && !b.outline().isEmpty()) outline();
        footer();
    }

    private void brand() {
        float size = s(8.5f);
        Style left = new Style(true, size, ACCENT, false);
        Style right = new Style(false, size, MUTED, false);
        float base = y - size;
        String made = "작성 " + Texts.made(b);
        float rw = text.width(text.sanitize(made), right);
        textAt(Texts.BRAND, left, MARGIN_X, base);
        textAt(made, right, MARGIN_X + WIDTH - rw, base);
        y = base - s(5);
        rule(MARGIN_X, WIDTH, y, 1.5f, ACCENT);
        y -= s(12);
    }

    private void summary() {
        heading(Texts.SUMMARY, MARGIN_X, WIDTH);
        Briefing limited = b.limit(plan.sentences(), 0, 0, 0, 0);
        if (limited.sentences().isEmpty()) {
            paragraph(List.of(new Segment(Texts.NO_SUMMARY, style(false, 10, MUTED))), MARGIN_X, WIDTH, 1.5f, 1);
            y -= s(6);
        }
        int n = 1;
        Style numStyle = style(true, 10.5f, ACCENT);
        float indent = Math.max(s(18), text.width(limited.sentences().size() + ".", numStyle) + s(7));
        for (Briefing.Sentence sentence : limited.sentences()) {
            List<Segment> runs = new ArrayList<>();
            List<String> parts = Texts.runs(sentence);
            for (int k = 0; k < parts.size(); k++) {
                runs.add(new Segment(parts.get(k), new Style(false, s(10.5f), INK, k % 2 == 1)));
            }
            runs.add(new Segment("  " + Texts.address(sentence.section(), sentence.paragraph()), style(false, 7.5f, MUTED)));
            float top = y;
            Style num = style(true, 10.5f, ACCENT);
            float numBase = top - text.ascent(num) - s(10.5f) * 0.2f;
            textAt(n++ + ".", num, MARGIN_X + s(2), numBase);
            paragraph(runs, MARGIN_X + indent, WIDTH - indent, 1.55f, plan.sentenceLines());
            y -= s(4);
        }
        y -= s(4);
    }

    private void twoColumns() {
        List<Briefing.Figure> figures = b.topFigures(plan.figures());
        List<Briefing.Quote> quotes = b.quotes().subList(0, Math.min(plan.quotes(), b.quotes().size()));
        if (figures.isEmpty() && quotes.isEmpty()) return;
        float gap = 18;
        float colW = (WIDTH - gap) / 2;
        boolean both = !figures.isEmpty() && !quotes.isEmpty();
        float top = y;
        float leftBottom = top;
        float rightBottom = top;
        if (!figures.isEmpty()) {
            figures(figures, MARGIN_X, both ? colW : WIDTH);
            leftBottom = y;
        }
        if (!quotes.isEmpty()) {
            y = both ? top : y;
            float x = both ? MARGIN_X + colW + gap : MARGIN_X;
            quotes(quotes, x, both ? colW : WIDTH);
            rightBottom = y;
        }
        y = Math.min(leftBottom, rightBottom) - s(2);
    }

    private void figures(List<Briefing.Figure> figures, float x, float w) {
        heading(Texts.FIGURES, x, w);
        float valueW = s(70);
        float refW = s(34);
        for (Briefing.Figure f : figures) {
            float top = y;
            Style vs = style(true, 9.5f, INK);
            List<Line> value = text.wrap(List.of(new Segment(f.text(), vs)), valueW - s(4), 1.45f, 2);
            String subject = f.subject() == null ? "" : f.subject();
            List<Line> subj = text.wrap(List.of(new Segment(subject, style(false, 9, MUTED))), w - valueW - refW, 1.45f, 2);
            Style rs = style(false, 7, MUTED);
            float valueH = draw(value, x, top);
            float subjH = draw(subj, x + valueW, top);
            float h = Math.max(valueH, Math.max(subjH, s(9.5f) * 1.45f));
            String ref = Texts.address(f.section(), f.paragraph());
            textAt(ref, rs, x + w - text.width(text.sanitize(ref), rs), top - text.ascent(vs) - s(1.5f));
            y = top - h - s(2);
            rule(x, w, y + s(1), 0.4f, RULE);
            y -= s(2);
        }
        y -= s(4);
    }

    private void quotes(List<Briefing.Quote> quotes, float x, float w) {
        heading(Texts.QUOTES, x, w);
        float pad = s(8);
        for (Briefing.Quote q : quotes) {
            float top = y;
            List<Line> body = text.wrap(List.of(new Segment("“" + q.text() + "”", style(false, 9, INK))),
                    w - pad - s(4), 1.5f, plan.quoteLines());
            List<Line> who = text.wrap(List.of(new Segment("— " + Texts.speaker(q), style(true, 8, MUTED)),
                    new Segment("  " + Texts.address(q.section(), q.paragraph()), style(false, 7, MUTED))),
                    w - pad - s(4), 1.45f, 2);
            float h1 = draw(body, x + pad, top - s(3));
            float h2 = draw(who, x + pad, top - s(3) - h1 - s(1));
            float h = h1 + h2 + s(7);
            float bottom = top - h;
            ops.add(0, (cs, t) -> {
                cs.setNonStrokingColor(new Color(PANEL));
                cs.addRect(x, bottom, w, h);
                cs.fill();
                cs.setNonStrokingColor(new Color(ACCENT));
                cs.addRect(x, bottom, 2.2f, h);
                cs.fill();
            });
            y = bottom - s(6);
        }
        y -= s(2);
    }

    private void chips(String label, List<String> items) {
        heading(label, MARGIN_X, WIDTH);
        Style cs = style(false, 8.5f, INK);
        float padX = s(6);
        float h = s(8.5f) * 1.7f;
        float x = MARGIN_X;
        float top = y;
        for (String item : items) {
            String t = text.sanitize(item);
            float w = text.width(t, cs) + 2 * padX;
            if (x + w > MARGIN_X + WIDTH && x > MARGIN_X) {
                x = MARGIN_X;
                top -= h + s(4);
            }
            final float cx = x;
            final float cy = top - h;
            ops.add(0, (c, pt) -> {
                c.setNonStrokingColor(new Color(PANEL));
                c.setStrokingColor(new Color(RULE));
                c.setLineWidth(0.5f);
                c.addRect(cx, cy, w, h);
                c.fillAndStroke();
            });
            textAt(t, cs, x + padX, cy + (h - s(8.5f)) / 2 + s(8.5f) * 0.16f);
            x += w + s(5);
        }
        y = top - h - s(10);
    }

    private void outline() {
        heading(Texts.OUTLINE, MARGIN_X, WIDTH);
        for (Briefing.OutlineItem o : b.outline()) {
            List<Segment> runs = new ArrayList<>();
            runs.add(new Segment(Texts.heading(o), style(true, 9, INK)));
            if (o.gist() != null) runs.add(new Segment(" — " + o.gist(), style(false, 9, MUTED)));
            Style bullet = style(true, 9, ACCENT);
            textAt("▪", bullet, MARGIN_X + s(1), y - text.ascent(bullet) - s(9) * 0.2f);
            paragraph(runs, MARGIN_X + s(12), WIDTH - s(12), 1.45f, plan.outlineLines());
            y -= s(2);
        }
    }

    private void footer() {
        Style fs = new Style(false, 7.5f, MUTED, false);
        String left = "출처: " + Texts.source(b);
        String right = Texts.BRAND + " · Gisa에서 생성";
        float lineY = FOOTER - 4;
        ops.add((cs, t) -> {
            cs.setStrokingColor(new Color(RULE));
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN_X, lineY);
            cs.lineTo(MARGIN_X + WIDTH, lineY);
            cs.stroke();
        });
        float rw = text.width(text.sanitize(right), fs);
        List<Line> l = text.wrap(List.of(new Segment(left, fs)), WIDTH - rw - 12, 1.3f, 1);
        float saved = y;
        draw(l, MARGIN_X, lineY - 4);
        textAt(right, fs, MARGIN_X + WIDTH - rw, lineY - 4 - text.ascent(fs));
        y = saved;
    }

    private void heading(String label, float x, float w) {
        Style hs = style(true, 10, ACCENT);
        float base = y - text.ascent(hs);
        textAt(label, hs, x, base);
        y = base - s(4);
        rule(x, w, y, 0.6f, RULE);
        y -= s(7);
    }

    /** Wraps and places runs at the current position, moving down. */
    private void paragraph(List<Segment> runs, float x, float w, float leading, int maxLines) {
        List<Line> lines = text.wrap(runs, w, leading, maxLines);
        y -= draw(lines, x, y);
    }

    /** Places lines with their top at {@code top}; returns the height used. */
    private float draw(List<Line> lines, float x, float top) {
        float at = top;
        for (Line line : lines) {
            float base = at - line.ascent() - (line.height() - line.ascent() / 0.88f) / 2;
            float cx = x;
            for (Segment seg : line.segments()) {
                float w = text.width(seg.text(), seg.style());
                if (seg.style().mark()) {
                    final float mx = cx;
                    final float my = base - seg.style().size() * 0.22f;
                    final float mh = seg.style().size() * 1.12f;
                    ops.add(0, (cs, t) -> {
                        cs.setNonStrokingColor(new Color(MARK));
                        cs.addRect(mx, my, w, mh);
                        cs.fill();
                    });
                }
                textAt(seg.text(), seg.style(), cx, base);
                cx += w;
            }
            at -= line.height();
        }
        return top - at;
    }

    private void textAt(String s, Style style, float x, float baseline) {
        String t = text.sanitize(s);
        if (t.isBlank()) return;
        ops.add((cs, pt) -> {
            cs.beginText();
            cs.setFont(pt.font(style), style.size());
            cs.setNonStrokingColor(new Color(style.rgb()));
            cs.newLineAtOffset(x, baseline);
            // PDFBox applies the font's Latin ligatures (ff, fi) within one string, which text
            // extraction then returns as U+FB00…: showing "f" and what follows separately avoids them.
            for (String piece : LIGATURE_BREAK.split(t)) cs.showText(piece);
            cs.endText();
        });
    }

    private void rule(float x, float w, float at, float thickness, int rgb) {
        ops.add((cs, t) -> {
            cs.setStrokingColor(new Color(rgb));
            cs.setLineWidth(thickness);
            cs.moveTo(x, at);
            cs.lineTo(x + w, at);
            cs.stroke();
        });
    }
}
