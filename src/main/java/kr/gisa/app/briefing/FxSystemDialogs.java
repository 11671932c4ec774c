package kr.gisa.app.briefing;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import kr.gisa.app.i18n.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The real dialogs: JavaFX's native FileChooser and PrinterJob. */
public final class FxSystemDialogs implements SystemDialogs {

    private final Supplier<Messages> messages;
    /** The folder of the last export, offered again next time. */
    private File lastFolder;

    public FxSystemDialogs(Supplier<Messages> messages) {
        this.messages = messages;
    }

    @Override
    public Target chooseExportTarget(Window owner, String suggestedName, ExportFormat initial) {
        Messages m = messages.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("brief.export.title"));
        for (ExportFormat f : ExportFormat.values()) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                    m.get(f.labelKey()) + " (*." + f.extension() + ")", "*." + f.extension());
            chooser.getExtensionFilters().add(filter);
            if (f == initial) chooser.setSelectedExtensionFilter(filter);
        }
        chooser.setInitialFileName(suggestedName + "." + initial.extension());
        File home = new File(System.getProperty("user.home", "."));
        chooser.setInitialDirectory(lastFolder != null && lastFolder.isDirectory() ? lastFolder
                : home.isDirectory() ? home : null);
        File file = chooser.showSaveDialog(owner);
        if (file == null) return null;
        lastFolder = file.getParentFile();
        int index = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        ExportFormat format = index >= 0 ? ExportFormat.values()[index] : initial;
        Path target = ExportFormat.withExtension(file.toPath(), format);
        return new Target(target, ExportFormat.ofFile(target));
    }

    @Override
    public PrintResult print(Window owner, Image page, double pageWidthPt, String jobName) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) return new PrintResult(Outcome.NO_PRINTER, null);
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) return new PrintResult(Outcome.NO_PRINTER, null);
        try {
            job.getJobSettings().setJobName(jobName);
            job.getJobSettings().setPageLayout(printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                    Printer.MarginType.HARDWARE_MINIMUM));
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return new PrintResult(Outcome.CANCELLED, null);
            }
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(page);
            view.setSmooth(true);
            view.setPreserveRatio(true);
            // Printing coordinates are points: keep the page's own size, shrink only if the
            // printer's printable area is smaller (the PDF has its own margins).
            double scale = Math.min(1.0, Math.min(layout.getPrintableWidth() / pageWidthPt,
                    layout.getPrintableHeight() / (pageWidthPt * page.getHeight() / page.getWidth())));
            view.setFitWidth(pageWidthPt * scale);
            if (!job.printPage(view)) {
                job.cancelJob();
                return new PrintResult(Outcome.FAILED, String.valueOf(job.getJobStatus()));
            }
            return job.endJob() ? new PrintResult(Outcome.PRINTED, null)
                    : new PrintResult(Outcome.FAILED, String.valueOf(job.getJobStatus()));
        } catch (RuntimeException e) {
            job.cancelJob();
            return new PrintResult(Outcome.FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
