package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The briefing as Markdown: query matches in bold, each line traceable by its §section ¶paragraph. */
public final class MarkdownExporter implements BriefingExporter {

    @Override
    public void write(Briefing b, OutputStream out) throws IOException {
        out.write(render(b).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String extension() {
        return "md";
    }

    public String render(Briefing b) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(b.title())).append("\n\n");
        for (String s : b.subtitles()) md.append("*").append(inline(s)).append("*  \n");
        if (!b.subtitles().isEmpty()) md.append('\n');
        md.append("> ").append(inline(Texts.source(b))).append(" · ").append(Texts.BRAND).append(' ')
                .append(Texts.made(b));
        if (b.query() != null) md.append(" · 초점: ").append(inline(b.query()));
        md.append("\n\n");

        md.append("## ").append(Texts.SUMMARY).append("\n\n");
        int i = 1;
        if (b.sentences().isEmpty()) md.append('*').append(Texts.NO_SUMMARY).append("*\n");
        for (Briefing.Sentence s : b.sentences()) {
            md.append(i++).append(". ");
            List<String> runs = Texts.runs(s);
            for (int k = 0; k < runs.size(); k++) {
                String r = inline(runs.get(k));
                md.append(k % 2 == 1 && !r.isEmpty() ? "**" + r + "**" : r);
            }
            md.append(" <sub>").append(Texts.address(s.section(), s.paragraph())).append("</sub>\n");
        }
        md.append('\n');

        if (!b.figures().isEmpty()) {
            md.append("## ").append(Texts.FIGURES).append("\n\n| 수치 | 값 | 단위 | 대상 | 위치 |\n|---|---:|---|---|---|\n");
            for (Briefing.Figure f : b.figures()) {
                md.append("| ").append(cell(f.text())).append(" | ").append(Texts.value(f.value())).append(" | ")
                        .append(cell(f.unit())).append(" | ").append(cell(f.subject() == null ? "" : f.subject()))
                        .append(" | ").append(Texts.address(f.section(), f.paragraph())).append(" |\n");
            }
            md.append('\n');
        }
        if (!b.quotes().isEmpty()) {
            md.append("## ").append(Texts.QUOTES).append("\n\n");
            for (Briefing.Quote q : b.quotes()) {
                md.append("> “").append(inline(q.text())).append("”  \n> — ").append(inline(Texts.speaker(q)))
                        .append(" <sub>").append(Texts.address(q.section(), q.paragraph())).append("</sub>\n\n");
            }
        }
        if (!b.keywords().isEmpty()) {
            md.append("## ").append(Texts.KEYWORDS).append("\n\n").append(inline(String.join(" · ", b.keywords()))).append("\n\n");
        }
        if (!b.names().isEmpty()) {
            md.append("## ").append(Texts.NAMES).append("\n\n").append(inline(String.join(" · ", b.names()))).append("\n\n");
        }
        if (!b.outline().isEmpty()) {
            md.append("## ").append(Texts.OUTLINE).append("\n\n");
            for (Briefing.OutlineItem o : b.outline()) {
                md.append("- **").append(inline(Texts.heading(o))).append("**");
                if (o.gist() != null) md.append(" — ").append(inline(o.gist()));
                md.append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Escapes the characters Markdown would read as formatting. */
    static String inline(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) sb.append('\\');
            sb.append(c == '\n' ? ' ' : c);
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return inline(s);
    }
}
