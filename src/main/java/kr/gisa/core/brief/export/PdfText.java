package kr.gisa.core.brief.export;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measuring and breaking text for the PDF. Korean breaks between words (eojeol), as Korean
 * typesetting does; a word wider than the line breaks between characters, never putting closing
 * punctuation at a line start. Characters the font lacks are replaced, not a crash.
 */
final class PdfText {

    /** How a run of text looks. {@code mark} paints a highlight behind it (query matches). */
    record Style(boolean bold, float size, int rgb, boolean mark) {
        Style withSize(float s) {
            return new Style(bold, s, rgb, mark);
        }
    }

    record Segment(String text, Style style) {
    }

    /** One laid-out line: its segments (spaces included) and its height. */
    record Line(List<Segment> segments, float width, float ascent, float height) {
    }

    private static final String NO_LINE_START = ".,!?)]}”’%:;·…」』〉》、。";
    private static final String NO_LINE_END = "([{“‘「『〈《";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final String replacement;

    PdfText(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
        this.replacement = has('□') && hasIn(bold, '□') ? "□" : "?";
    }

    PDFont font(Style s) {
        return s.bold() ? bold : regular;
    }

    /** The text with every character both fonts can draw; tabs and line breaks become spaces. */
    String sanitize(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) sb.append(' ');
            else if (cp == 0xFEFF || Character.getType(cp) == Character.FORMAT) return;
            else if (known.computeIfAbsent(cp, c -> has(c) && hasIn(bold, c))) sb.appendCodePoint(cp);
            else sb.append(replacement);
        });
        return sb.toString();
    }

    private boolean has(int cp) {
        return hasIn(regular, cp);
    }

    private static boolean hasIn(PDType0Font f, int cp) {
        try {
            f.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(String text, Style s) {
        try {
            return font(s).getStringWidth(text) / 1000f * s.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float ascent(Style s) {
        return 0.88f * s.size();
    }

    /**
     * Breaks styled runs into lines of at most {@code width}. With {@code maxLines} > 0 the rest is
     * dropped and the last kept line ends in "…" (whole words only), so nothing is cut mid-line.
     */
    List<Line> wrap(List<Segment> runs, float width, float leading, int maxLines) {
        List<List<Segment>> words = words(runs);
        List<Line> lines = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        float x = 0;
        for (List<Segment> word : words) {
            boolean space = isSpace(word);
            float w = width(word);
            if (space) {
                if (!current.isEmpty()) {
                    current.addAll(word);
                    x += w;
                }
                continue;
            }
            if (x + w <= width || current.isEmpty() && w <= width) {
                current.addAll(word);
                x += w;
                continue;
            }
            if (!current.isEmpty() && w <= width) {
                lines.add(line(current, leading));
                current = new ArrayList<>(word);
                x = w;
                continue;
            }
            // A word longer than a line: break it between characters.
            for (Segment seg : word) {
                int i = 0;
                String t = seg.text();
                while (i < t.length()) {
                    int cp = t.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    float cw = width(ch, seg.style());
                    if (x + cw > width && !current.isEmpty() && NO_LINE_START.indexOf(ch) < 0) {
                        lines.add(line(current, leading));
                        current = new ArrayList<>();
                        x = 0;
                    }
                    current.add(new Segment(ch, seg.style()));
                    x += cw;
                    i += Character.charCount(cp);
                }
            }
        }
        if (!current.isEmpty()) lines.add(line(current, leading));
        if (maxLines > 0 && lines.size() > maxLines) {
            List<Line> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), width, leading));
            return kept;
        }
        return lines;
    }

    private Line ellipsize(Line last, float width, float leading) {
        List<Segment> segs = merge(last.segments());
        Style style = segs.isEmpty() ? new Style(false, 9, 0, false) : segs.get(segs.size() - 1).style();
        float ell = width("…", style);
        List<Segment> out = new ArrayList<>(segs);
        while (!out.isEmpty() && width(out) + ell > width) {
            Segment tail = out.remove(out.size() - 1);
            String t = tail.text();
            int cut = t.stripTrailing().lastIndexOf(' ');
            if (cut > 0) out.add(new Segment(t.substring(0, cut), tail.style()));
        }
        if (!out.isEmpty()) {
            Segment tail = out.remove(out.size() - 1);
            out.add(new Segment(tail.text().stripTrailing(), tail.style()));
        }
        out.add(new Segment("…", new Style(style.bold(), style.size(), style.rgb(), false)));
        return line(out, leading);
    }

    private Line line(List<Segment> segs, float leading) {
        List<Segment> merged = merge(segs);
        // Trailing spaces take no room.
        if (!merged.isEmpty()) {
            Segment last = merged.get(merged.size() - 1);
            String t = last.text().stripTrailing();
            merged.set(merged.size() - 1, new Segment(t, last.style()));
        }
        float size = 0;
        for (Segment s : merged) size = Math.max(size, s.style().size());
        return new Line(List.copyOf(merged), width(merged), 0.88f * size, size * leading);
    }

    private List<Segment> merge(List<Segment> segs) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segs) {
            if (!out.isEmpty() && out.get(out.size() - 1).style().equals(s.style())) {
                Segment prev = out.remove(out.size() - 1);
                out.add(new Segment(prev.text() + s.text(), s.style()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    float width(List<Segment> segs) {
        float w = 0;
        for (Segment s : segs) w += width(s.text(), s.style());
        return w;
    }

    private static boolean isSpace(List<Segment> word) {
        return word.size() == 1 && word.get(0).text().isBlank();
    }

    /** Runs cut into words and single spaces; a word may span styles ("엔비디아" marked + "는"). */
    private List<List<Segment>> words(List<Segment> runs) {
        List<List<Segment>> out = new ArrayList<>();
        List<Segment> word = new ArrayList<>();
        for (Segment run : runs) {
            String t = sanitize(run.text());
            int i = 0;
            while (i < t.length()) {
                if (t.charAt(i) == ' ') {
                    if (!word.isEmpty()) out.add(word);
                    word = new ArrayList<>();
                    out.add(List.of(new Segment(" ", run.style())));
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.length() && t.charAt(j) != ' ') j++;
                word.add(new Segment(t.substring(i, j), run.style()));
                i = j;
            }
        }
        if (!word.isEmpty()) out.add(word);
        // Keep an opening bracket with the word after it.
        List<List<Segment>> joined = new ArrayList<>();
        for (List<Segment> w : out) {
            if (!joined.isEmpty()) {
                List<Segment> prev = joined.get(joined.size() - 1);
                String pt = prev.get(prev.size() - 1).text();
                if (!isSpace(prev) && !isSpace(w) && !pt.isEmpty() && NO_LINE_END.indexOf(pt.charAt(pt.length() - 1)) >= 0) {
                    List<Segment> both = new ArrayList<>(prev);
                    both.addAll(w);
                    joined.set(joined.size() - 1, both);
                    continue;
                }
            }
            joined.add(w);
        }
        return joined;
    }
}
