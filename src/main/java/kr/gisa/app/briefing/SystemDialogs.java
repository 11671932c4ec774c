package kr.gisa.app.briefing;

import javafx.scene.image.Image;
import javafx.stage.Window;

import java.nio.file.Path;

/**
 * The two things the briefing asks of the operating system: a save dialog and a printer. Behind
 * this interface because neither a native FileChooser nor a PrinterJob can run headless; tests
 * give a fixed file and a fake printer.
 */
public interface SystemDialogs {

    /** A chosen target, with the format of the filter that was selected in the dialog. */
    record Target(Path file, ExportFormat format) {
    }

    /**
     * Asks where to export.
     *
     * @param suggestedName a file name without extension
     * @param initial the format preselected
     * @return the target, or null when the user cancelled
     */
    Target chooseExportTarget(Window owner, String suggestedName, ExportFormat initial);

    /** How printing ended; {@code detail} is a one-line reason for {@link Outcome#FAILED}. */
    record PrintResult(Outcome outcome, String detail) {
    }

    enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    /**
     * Prints one page image, scaled to the printable area.
     *
     * @param page the page at print resolution
     * @param pageWidthPt the page's width in points, to keep its physical size when it fits
     */
    PrintResult print(Window owner, Image page, double pageWidthPt, String jobName);
}
