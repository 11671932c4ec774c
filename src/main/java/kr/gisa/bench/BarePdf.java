package kr.gisa.bench;

import kr.gisa.core.brief.Briefing;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF baseline: PDFBox alone writes one A4 page with the same two embedded (subset) fonts and
 * the briefing's texts, one line each, cut at the page width by character count — no briefing
 * analysis and no layout fitting.
 */
final class BarePdf {

    private BarePdf() {
    }

    static void write(Briefing b, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = load(doc, "/kr/gisa/fonts/NotoSansKR-Regular.ttf");
            PDType0Font bold = load(doc, "/kr/gisa/fonts/NotoSansKR-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                cs.beginText();
                cs.setFont(bold, 16);
                cs.newLineAtOffset(50, y);
                cs.showText(b.title());
                cs.setFont(regular, 10);
                for (String line : lines(b)) {
                    cs.newLineAtOffset(0, -15);
                    if ((y -= 15) < 50) break;
                    cs.showText(line);
                }
                cs.endText();
            }
            doc.save(out);
        }
    }

    private static List<String> lines(Briefing b) {
        List<String> texts = new ArrayList<>(b.subtitles());
        b.sentences().forEach(s -> texts.add(s.text()));
        b.figures().forEach(f -> texts.add(f.text()));
        b.quotes().forEach(q -> texts.add((q.speaker() == null ? "" : q.speaker() + ": ") + q.text()));
        texts.add(String.join(", ", b.keywords()));
        b.outline().forEach(o -> texts.add((o.heading() == null ? "" : o.heading() + " — ") + (o.gist() == null ? "" : o.gist())));
        List<String> lines = new ArrayList<>();
        for (String t : texts) {
            String s = t == null ? "" : t.replaceAll("\\s+", " ").strip();
            for (int i = 0; i < s.length(); i += 50) lines.add(s.substring(i, Math.min(s.length(), i + 50)));
        }
        return lines;
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = BarePdf.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing font " + resource);
            return PDType0Font.load(doc, in, true);
        }
    }
}
