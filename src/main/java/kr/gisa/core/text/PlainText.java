package kr.gisa.core.text;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;

/** The article as plain text in reading order, one block per line. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(Article a) {
        StringBuilder sb = new StringBuilder();
        line(sb, a.title());
        a.subtitles().forEach(s -> line(sb, s));
        for (Section s : a.sections()) {
            if (s.heading() != null) line(sb, s.heading());
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) line(sb, p.text());
                else if (b instanceof Photo ph) line(sb, caption(ph));
            }
        }
        return sb.toString();
    }

    /** "caption [사진=credit]", the way the source wrote it. */
    public static String caption(Photo p) {
        if (p.credit() == null || p.credit().isBlank()) return p.caption();
        return (p.caption() + " [사진=" + p.credit() + "]").strip();
    }

    private static void line(StringBuilder sb, String s) {
        if (s != null && !s.isBlank()) sb.append(s).append('\n');
    }
}
