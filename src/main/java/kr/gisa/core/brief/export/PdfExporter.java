package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.export.PdfLayout.Plan;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The briefing as exactly one A4 page of PDF, drawn with PDFBox directly (not printed from the
 * HTML): the page must be measured and re-laid out until it fits, which needs the real font metrics
 * and control over every line. Tries ever leaner {@link Plan}s — smaller type, fewer figures and
 * quotes, shorter outline, fewer summary sentences — and draws the first that fits; the last
 * resort clamps long texts with "…" at a word boundary. Noto Sans KR is embedded as a subset,
 * so text stays selectable and extractable.
 */
public final class PdfExporter implements BriefingExporter {

    /**
     * FontBox warns on every load that Noto's format 14 (variation selector) cmap is unsupported:
     * harmless for Korean text, and noise on the command line. Held here so the setting sticks.
     */
    private static final java.util.logging.Logger FONTBOX_LOG = quiet("org.apache.fontbox.ttf");

    static final String REGULAR = "/kr/gisa/fonts/NotoSansKR-Regular.ttf";
    static final String BOLD = "/kr/gisa/fonts/NotoSansKR-Bold.ttf";

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(Briefing b, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText text = new PdfText(load(doc, REGULAR), load(doc, BOLD));
            PdfLayout layout = fit(text, b);
            PDPage page = new PDPage(PdfLayout.PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (PdfLayout.Op op : layout.ops()) op.draw(cs, text);
            }
            metadata(doc, b);
            doc.save(out);
        }
    }

    /** The richest plan whose layout fits on the page. */
    static PdfLayout fit(PdfText text, Briefing b) {
        PdfLayout last = null;
        for (Plan plan : plans(b)) {
            last = PdfLayout.layOut(text, b, plan);
            if (last.fits()) return last;
        }
        return last; // the leanest plan clamps every text, so it fits any article
    }

    /** Plans from richest to leanest. */
    static List<Plan> plans(Briefing b) {
        int s = Math.max(1, b.sentences().size());
        List<Plan> out = new ArrayList<>();
        out.add(new Plan(1.00f, s, 12, 4, 5, true, true, 2, 0, 3));
        out.add(new Plan(1.00f, s, 12, 4, 4, true, true, 2, 0, 3));
        out.add(new Plan(1.00f, s, 12, 4, 3, true, true, 2, 0, 3));
        out.add(new Plan(1.00f, s, 12, 4, 3, true, true, 1, 0, 3));
        out.add(new Plan(1.00f, s, 12, 3, 3, true, true, 1, 0, 3));
        out.add(new Plan(1.00f, s, 10, 3, 3, true, true, 1, 0, 3));
        out.add(new Plan(0.94f, s, 10, 3, 4, true, true, 1, 0, 3));
        out.add(new Plan(0.94f, s, 8, 3, 3, true, true, 1, 0, 3));
        out.add(new Plan(0.88f, s, 8, 2, 3, true, true, 1, 0, 3));
        out.add(new Plan(0.88f, s, 6, 2, 3, true, false, 1, 0, 3));
        out.add(new Plan(0.82f, s, 6, 2, 3, true, false, 0, 0, 3));
        for (int n = s - 1; n >= 1; n--) out.add(new Plan(0.82f, n, 5, 1, 3, true, false, 0, 0, 3));
        out.add(new Plan(0.78f, 1, 4, 1, 2, true, false, 0, 8, 3));
        out.add(new Plan(0.75f, 1, 3, 0, 2, false, false, 0, 5, 2));
        return out;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.SEVERE);
        return l;
    }

    private static PDType0Font load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfExporter.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the Korean font " + resource + " is missing from the application");
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void metadata(PDDocument doc, Briefing b) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(b.title().isBlank() ? "브리핑 " + b.article() : b.title());
        String author = b.byline() != null && !b.byline().isBlank() ? b.byline()
                : b.publisher() != null && !b.publisher().isBlank() ? b.publisher() : "Gisa";
        info.setAuthor(author);
        info.setSubject(Texts.BRAND + " · 기사 " + b.article());
        info.setKeywords(String.join(", ", b.keywords()));
        info.setCreator("Gisa");
        info.setProducer("Gisa (Apache PDFBox)");
        Calendar when = new GregorianCalendar();
        try {
            if (b.made() != null) when = GregorianCalendar.from(OffsetDateTime.parse(b.made()).toZonedDateTime());
        } catch (DateTimeParseException e) {
            // keep "now"
        }
        info.setCreationDate(when);
        info.setModificationDate(when);
    }
}
