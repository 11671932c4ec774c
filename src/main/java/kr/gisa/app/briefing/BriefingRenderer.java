package kr.gisa.app.briefing;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.BriefingBuilder;
import kr.gisa.core.brief.BriefingOptions;
import kr.gisa.core.brief.export.PdfExporter;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the preview the way the page prints: builds the briefing, writes it with the very
 * {@link PdfExporter} the export uses, and rasterises that PDF page with PDFBox. The preview is
 * therefore a picture of the exported file, not a second layout that could drift from it.
 *
 * <p>Slow work (Nori analysis, PDF fitting, rasterising): call only on a background thread. Not
 * thread-safe; the controller uses one worker thread.
 */
final class BriefingRenderer {

    /**
     * FontBox warns on every font load that Noto's Unicode-variation cmap (format 14) is ignored;
     * the page needs none, and the window should not print a warning per preview. Held in a field:
     * JUL keeps loggers only weakly.
     */
    private static final java.util.logging.Logger CMAP_LOG =
            java.util.logging.Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        CMAP_LOG.setLevel(java.util.logging.Level.SEVERE);
        // Rasterising needs only off-screen Java2D; headless keeps AWT from opening its own
        // connection to the display beside JavaFX's.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** A briefing and its exported PDF, for the options it was made with. */
    record Document(Article article, BriefingOptions options, Briefing briefing, byte[] pdf, int pages,
                    float pageWidthPt, float pageHeightPt) {
    }

    /** A document with its page as an image {@code image.getWidth()} pixels wide. */
    record Page(Document document, Image image) {
    }

    private Path builderLibrary;
    private BriefingBuilder builder;
    private Document last;

    /** The briefing for these options, rebuilt only when the article or the options changed. */
    Document document(Article article, Library library, BriefingOptions options) throws IOException {
        if (last != null && last.article().equals(article) && last.options().equals(options)) return last;
        Briefing b = builder(library).build(article, options);
        byte[] pdf = new PdfExporter().toBytes(b);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            last = new Document(article, options, b, pdf, doc.getNumberOfPages(), box.getWidth(), box.getHeight());
        }
        return last;
    }

    /** The document last made, or null. */
    Document last() {
        return last;
    }

    /** The document's first (only) page, {@code pixelWidth} pixels wide. */
    static Page page(Document d, int pixelWidth) throws IOException {
        float dpi = pixelWidth / (d.pageWidthPt() / 72f);
        return new Page(d, toFx(rasterise(d.pdf(), dpi)));
    }

    static BufferedImage rasterise(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    /** Copies pixels through a PixelWriter (javafx-swing is not a dependency). */
    static Image toFx(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }

    /** One builder per library: weighting keywords against the library reads every article once. */
    private BriefingBuilder builder(Library library) {
        Path root = library.root().toAbsolutePath();
        if (builder == null || !root.equals(builderLibrary)) {
            try {
                builder = BriefingBuilder.forLibrary(library);
            } catch (StoreException | RuntimeException e) {
                // The library only weights keywords; an unreadable one must not stop the briefing.
                builder = new BriefingBuilder();
            }
            builderLibrary = root;
        }
        return builder;
    }
}
