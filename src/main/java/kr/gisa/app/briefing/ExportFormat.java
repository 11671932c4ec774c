package kr.gisa.app.briefing;

import kr.gisa.core.brief.export.BriefingExporter;
import kr.gisa.core.brief.export.HtmlExporter;
import kr.gisa.core.brief.export.JsonExporter;
import kr.gisa.core.brief.export.MarkdownExporter;
import kr.gisa.core.brief.export.PdfExporter;

import java.nio.file.Path;
import java.util.Locale;

/** The formats the window exports, in the order the file chooser offers them. */
public enum ExportFormat {
    PDF("pdf", "brief.format.pdf"),
    MARKDOWN("md", "brief.format.markdown"),
    HTML("html", "brief.format.html"),
    JSON("json", "brief.format.json");

    private final String extension;
    private final String labelKey;

    ExportFormat(String extension, String labelKey) {
        this.extension = extension;
        this.labelKey = labelKey;
    }

    public String extension() {
        return extension;
    }

    /** Message key of the chooser's filter name, e.g. "PDF (one A4 page)". */
    public String labelKey() {
        return labelKey;
    }

    BriefingExporter exporter() {
        return switch (this) {
            case PDF -> new PdfExporter();
            case MARKDOWN -> new MarkdownExporter();
            case HTML -> new HtmlExporter();
            case JSON -> new JsonExporter();
        };
    }

    /** The format a file name asks for (.pdf, .md/.markdown, .html/.htm, .json), or null. */
    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) return PDF;
        if (name.endsWith(".md") || name.endsWith(".markdown")) return MARKDOWN;
        if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
        if (name.endsWith(".json")) return JSON;
        return null;
    }

    /**
     * Where to write for a name typed in the chooser with a filter chosen: a name whose own
     * extension is a known format keeps it; any other name gets the chosen filter's extension.
     */
    public static Path withExtension(Path chosen, ExportFormat filter) {
        if (ofFile(chosen) != null) return chosen;
        return chosen.resolveSibling(chosen.getFileName() + "." + filter.extension());
    }
}
