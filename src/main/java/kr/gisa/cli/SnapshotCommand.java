package kr.gisa.cli;

import kr.gisa.app.Snapshot;
import kr.gisa.app.WindowOptions;
import kr.gisa.app.settings.Settings;
import kr.gisa.app.theme.Theme;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.store.AtomicFiles;
import kr.gisa.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the reader window offscreen (no display needed) and write it as a PNG.")
final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(arity = "0..1", paramLabel = "ARTICLE",
            description = "A source file, an article folder, or an article id (default: the first in the library).")
    String article;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Window width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Window height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|sepia",
            description = "Colour theme (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--zoom", defaultValue = "1.0", description = "Text zoom, 1.0 = 100%% (default: ${DEFAULT-VALUE}).")
    double zoom;

    @Option(names = "--lang", paramLabel = "ko|en", description = "UI language (default: the system's).")
    String lang;

    @Option(names = "--brief", description = "Show the briefing preview (Ctrl+B) over the reader.")
    boolean brief;
    @Option(names = "--archive", paramLabel = "URL",
            description = "Show a shared archive (SolrCloud collection, e.g. http://host:8983/solr/news) instead of "
                    + "the library; ARTICLE is then an id in the archive (default: its newest).")
    String archive;

    @Option(names = "--find", paramLabel = "QUERY",
            description = "Find QUERY in the article: every hit highlighted, the first one current.")
    String find;

    @Override
    public Integer call() {
        if (width < 400 || width > 8000 || height < 300 || height > 8000) {
            throw new UserException("window size must be 400..8000 × 300..8000 pixels, not " + width + "×" + height);
        }
        if (!List.of("light", "dark", "sepia").contains(theme)) {
            throw new UserException("unknown theme \"" + theme + "\" (use light, dark or sepia)");
        }
        if (!(zoom >= Settings.MIN_ZOOM && zoom <= Settings.MAX_ZOOM)) {
            throw new UserException("zoom must be between " + Settings.MIN_ZOOM + " and " + Settings.MAX_ZOOM);
        }
        if (lang != null && !List.of("ko", "en").contains(lang)) {
            throw new UserException("unknown language \"" + lang + "\" (use ko or en)");
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new UserException("folder " + target.getParent() + " does not exist");
        }
        // An archive that cannot be opened, or lacks the article, is a user error here, not a picture of the note.
        Archive opened = archive == null ? null : openArchive();
        if (opened != null) {
            if (article != null) {
                try {
                    opened.load(article);
                } catch (ArchiveException e) {
                    opened.close();
                    throw new UserException(e.getMessage());
                }
            }
        } else if (article != null) {
            library.resolve(article); // a missing or malformed article is a user error here, not a picture of one
        } else {
            try {
                if (library.library().ids().isEmpty()) {
                    throw new UserException("no articles in library " + library.library().root());
                }
            } catch (StoreException e) {
                throw new UserException(e.getMessage());
            }
        }

        Settings settings = new Settings(Theme.of(theme).id(), zoom, width, height, lang, null);
        BufferedImage img = opened == null
                ? Snapshot.render(new WindowOptions(library.library, article), settings, width, height, brief, find)
                : Snapshot.render(new WindowOptions(library.library, article, true, archive), settings, width, height,
                        brief, find, url -> opened); // the window closes it when the picture is taken
        try {
            AtomicFiles.write(target, stream -> {
                if (!ImageIO.write(img, "png", stream)) throw new IOException("no PNG writer");
            });
        } catch (IOException e) {
            throw new UserException("cannot write " + out + ": " + e.getMessage());
        }
        readableByAll(target);
        spec.commandLine().getOut().println("wrote " + out + " (" + img.getWidth() + "×" + img.getHeight() + ", "
                + Theme.of(theme).id() + ")");
        return 0;
    }

    private Archive openArchive() {
        try {
            return SolrArchive.open(archive);
        } catch (ArchiveException e) {
            throw new UserException(e.getMessage());
        }
    }

    /** The atomic write's temp file is owner-only; a picture is meant to be shared like any new file. */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or not ours to change: the file is written either way
        }
    }
}
