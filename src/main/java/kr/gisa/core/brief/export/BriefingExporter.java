package kr.gisa.core.brief.export;

import kr.gisa.core.brief.Briefing;
import kr.gisa.core.store.AtomicFiles;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a briefing in one format, to a stream (preview, print) or atomically to a file. */
public interface BriefingExporter {

    void write(Briefing briefing, OutputStream out) throws IOException;

    /** The whole export in memory: the window's preview renders these bytes (PDF) or shows them (HTML). */
    default byte[] toBytes(Briefing briefing) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * 1024);
        write(briefing, out);
        return out.toByteArray();
    }

    /** The file extension this format uses, without the dot. */
    String extension();

    /**
     * Writes to {@code target} atomically: a failure or a kill leaves the previous file (or none),
     * never a half-written one.
     *
     * @throws StoreException with a one-line reason when the target cannot be written
     */
    default void write(Briefing briefing, Path target) throws StoreException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) throw new StoreException("cannot write " + target + ": it is a folder");
        Path dir = abs.getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("cannot write " + target + ": " + dir + " is not a folder");
        }
        try {
            AtomicFiles.write(abs, out -> write(briefing, out));
        } catch (java.nio.file.FileSystemException e) {
            // The failure is usually about the hidden temp file beside the target: name the folder instead.
            boolean aboutTemp = e.getFile() != null && !Path.of(e.getFile()).equals(abs);
            String reason = e instanceof java.nio.file.AccessDeniedException ? " (permission denied)"
                    : e.getReason() != null ? " (" + e.getReason() + ")" : "";
            throw new StoreException("cannot write " + target + ": "
                    + (aboutTemp ? "the folder " + dir + " is not writable" + reason : Library.describe(e)));
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + Library.describe(e));
        }
    }

    /** The exporter for a file name's extension (.pdf, .md, .html, .json), or null. */
    static BriefingExporter forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (BriefingExporter e : all()) {
            if (name.endsWith("." + e.extension())) return e;
        }
        if (name.endsWith(".markdown")) return new MarkdownExporter();
        if (name.endsWith(".htm")) return new HtmlExporter();
        return null;
    }

    static List<BriefingExporter> all() {
        return List.of(new PdfExporter(), new MarkdownExporter(), new HtmlExporter(), new JsonExporter());
    }
}
