package kr.gisa.app.archive;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kr.gisa.app.MainWindow;
import kr.gisa.app.i18n.Messages;
import kr.gisa.app.library.Toast;
import kr.gisa.app.settings.Settings;
import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveEntry;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A shared archive in the window (File › Open archive…, {@code --archive URL}, remembered): opens
 * it off the JavaFX thread under a deadline, then puts its list in the library tab, its search in
 * the search field and its articles in the reader, all read-only. Every archive call runs on an
 * archive thread with a timeout; a failure is a note with Retry and Back to library, and the local
 * library is never touched by any of it.
 */
public final class ArchiveController implements ArchivePane.Actions {

    /** Opening checks the collection; a cluster that takes longer is treated as unreachable. */
    public static final Duration OPEN_TIMEOUT = Duration.ofSeconds(20);
    /** Listing, loading and searching. */
    public static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final MainWindow window;
    private final ReadOnlyObjectWrapper<Archive> archive = new ReadOnlyObjectWrapper<>();
    private final ArchivePane pane;
    private ArchiveOpener opener;
    private Duration openTimeout = OPEN_TIMEOUT;
    private Duration callTimeout = CALL_TIMEOUT;
    private OpenArchiveCard card;
    /** Bumped by every open, cancel and return to the library: a late answer of an older one is dropped. */
    private long opening;
    /** Bumped by every article asked for: only the newest one is shown. */
    private long loading;
    private int pending;
    /** What Retry does after the last failure. */
    private Runnable retry;

    private ArchiveController(MainWindow window, ArchiveOpener opener) {
        this.window = window;
        this.opener = opener;
        this.pane = new ArchivePane(window.messages(), this);
    }

    /** Builds the feature into a window; {@code opener} opens an archive from its URL. */
    public static ArchiveController install(MainWindow window, ArchiveOpener opener) {
        ArchiveController c = new ArchiveController(window, opener);
        window.model().libraryProperty().addListener((o, a, b) -> c.leave()); // File › Open library… leaves the archive
        window.model().stateProperty().addListener((o, a, s) -> {
            if (c.isOpen()) c.pane.follow(window.model().currentId());
        });
        return c;
    }

    // ---- state --------------------------------------------------------------------------------

    /** The archive open in the window (with its deadlines), or null when the window is on the library. */
    public ReadOnlyObjectProperty<Archive> archiveProperty() {
        return archive.getReadOnlyProperty();
    }

    public Archive current() {
        return archive.get();
    }

    public boolean isOpen() {
        return archive.get() != null;
    }

    /** True when nothing is being opened or loaded from the archive (the snapshot waits for this). */
    public boolean isSettled() {
        return pending == 0 && !pane.isLoading();
    }

    /** A short name for the title bar: the collection and its host, e.g. "news · host:8983". */
    public String label() {
        Archive a = archive.get();
        return a == null ? null : label(a.url());
    }

    static String label(String url) {
        try {
            URI u = URI.create(first(url));
            String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
            String collection = path.substring(path.lastIndexOf('/') + 1);
            String host = u.getHost() == null ? "" : u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
            if (collection.isEmpty()) return host.isEmpty() ? url : host;
            return host.isEmpty() ? collection : collection + " · " + host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    public ArchivePane pane() {
        return pane;
    }

    /** The Open archive card while it is shown, else null. */
    public OpenArchiveCard card() {
        return card != null && card.getParent() != null ? card : null;
    }

    /** Tests open in-memory archives, with short deadlines. */
    public void setOpener(ArchiveOpener opener) {
        this.opener = opener;
    }

    public void setTimeouts(Duration open, Duration call) {
        this.openTimeout = open;
        this.callTimeout = call;
    }

    public void setMessages(Messages m) {
        pane.setMessages(m);
        if (isOpen()) window.library().showArchive(pane, m.get("archive.readOnly"));
    }

    // ---- opening --------------------------------------------------------------------------------

    /** File › Open archive… (Ctrl+Shift+O): the card with the URL field and the recent archives. */
    public void showDialog() {
        Settings s = window.settings();
        Archive a = archive.get();
        card = new OpenArchiveCard(window.messages(), s.recentArchives(), a == null ? null : a.url(),
                this::openFromCard, this::cancelCard);
        OpenArchiveCard shown = card;
        // Esc or a click beside the card closes it: an opening under way is dropped with it.
        card.parentProperty().addListener((o, was, now) -> {
            if (now == null && shown.isBusy()) opening++;
        });
        window.showOverlay(card);
        card.urlField().requestFocus();
        card.urlField().selectAll();
    }

    private void cancelCard() {
        opening++;
        window.closeOverlay();
    }

    private void openFromCard(String typed) {
        OpenArchiveCard c = card;
        Messages m = window.messages();
        String url = typed == null ? "" : typed.strip();
        if (!isHttpUrl(url)) {
            c.showError(m.get("archive.badUrl"));
            return;
        }
        c.busy(url);
        begin(url, null, why -> {
            if (card() == c) c.showError(m.format("archive.openFailed", why));
            else toast(m.format("archive.openFailed", why), () -> open(url), false);
        }, () -> {
            if (card() == c) window.closeOverlay();
        });
    }

    /** An http(s) URL with a host, or several of them comma-separated (nodes of one cluster, tried in turn). */
    static boolean isHttpUrl(String s) {
        if (s.isBlank()) return false;
        for (String part : s.split(",", -1)) {
            try {
                URI u = URI.create(part.strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return false;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static String first(String urls) {
        int comma = urls.indexOf(',');
        return (comma < 0 ? urls : urls.substring(0, comma)).strip();
    }

    /** Opens an archive without the card (tests, scripts); a failure is a note with Retry. */
    public void open(String url) {
        Messages m = window.messages();
        begin(url.strip(), null, why -> toast(m.format("archive.openFailed", why), () -> open(url), false), () -> {
        });
    }

    /**
     * At start ({@code --archive URL} or the archive remembered): the library is shown meanwhile;
     * when the archive cannot be opened the window stays on the library and says why, with Retry.
     * The choice stays remembered (a cluster down for a while is not a reason to forget it).
     */
    public void startup(String url, String article) {
        Messages m = window.messages();
        toast().show(m.format("archive.openingNote", url), null, null);
        begin(url.strip(), article, why -> toast(m.format("archive.startFailed", url, why), () -> startup(url, article), false),
                () -> toast().hide());
    }

    private void begin(String url, String article, java.util.function.Consumer<String> failed, Runnable done) {
        long gen = ++opening;
        pending++;
        ArchiveOpener how = opener;
        Duration deadline = openTimeout;
        ArchiveCalls.background(() -> {
            Archive opened = null;
            String why = null;
            try {
                opened = ArchiveCalls.call("opening " + url, deadline, () -> how.open(url));
                if (opened == null) why = "no archive at " + url;
            } catch (ArchiveException e) {
                why = e.getMessage();
            }
            Archive got = opened;
            String error = why;
            Platform.runLater(() -> {
                pending--;
                if (gen != opening) { // cancelled, or another archive asked for meanwhile
                    if (got != null) ArchiveCalls.background(got::close);
                    return;
                }
                if (error != null) failed.accept(error);
                else {
                    use(url, got, article);
                    done.run();
                }
            });
        });
    }

    /** The archive opened: it replaces the library in the list, the search and the reader. */
    private void use(String url, Archive opened, String article) {
        Settings s = window.settings();
        String want = article != null ? article : url.equals(s.archive()) ? s.archiveArticle() : null;
        Archive old = archive.get();
        TimedArchive timed = new TimedArchive(opened, callTimeout, why -> Platform.runLater(() -> trouble(why)));
        archive.set(timed);
        if (old != null) old.close();
        window.remember(x -> x.withArchive(url));
        retry = null;
        window.library().showArchive(pane, window.messages().get("archive.readOnly"));
        window.library().tabs().getSelectionModel().select(0);
        window.search().setArchive(timed);
        pane.setArchive(timed, first -> {
            if (want == null) openFirst(first);
        });
        if (want != null) load(want, true);
    }

    private void openFirst(List<ArchiveEntry> first) {
        if (!first.isEmpty()) {
            openArticle(first.get(0).id());
        } else {
            loading++;
            Archive a = archive.get();
            window.model().showFailure(a == null ? "" : a.url(), "archive.empty", a == null ? "" : a.url());
        }
    }

    // ---- reading --------------------------------------------------------------------------------

    @Override
    public void open(ArchiveEntry e) {
        if (e.id().equals(window.model().currentId())) return;
        openArticle(e.id());
    }

    /** Loads an article of the archive on an archive thread and shows it; a failure is a note with Retry. */
    public void openArticle(String id) {
        load(id, false);
    }

    /** @param orFirst when it cannot be had, open the archive's newest article instead (start-up) */
    private void load(String id, boolean orFirst) {
        Archive from = archive.get();
        if (from == null) {
            window.model().open(id);
            return;
        }
        long gen = ++loading;
        pending++;
        ArchiveCalls.background(() -> {
            Article got = null;
            String why = null;
            try {
                got = from.load(id);
            } catch (ArchiveException | RuntimeException e) {
                why = e.getMessage();
            }
            Article article = got;
            String error = why;
            Platform.runLater(() -> {
                pending--;
                if (gen != loading || archive.get() != from) return;
                if (article != null) {
                    window.model().showArticle(article, localFolder(article.id()));
                    window.remember(x -> x.withArchiveArticle(article.id()));
                    pane.showTrouble(null);
                } else if (orFirst) {
                    List<ArchiveEntry> rows = pane.rows();
                    if (!rows.isEmpty()) openFirst(rows);
                    else pane.setArchive(from, this::openFirst);
                } else {
                    failedToLoad(id, error);
                }
            });
        });
    }

    private void failedToLoad(String id, String why) {
        pane.follow(window.model().currentId()); // the row of the article still shown, not the one that failed
        toast(window.messages().format("archive.cannotOpenArticle", why), () -> openArticle(id), true);
    }

    /**
     * Photos are not uploaded: when the local library holds the same article (it pushed it), its
     * image files are used; otherwise the reader shows the placeholders with captions and credits.
     */
    private Path localFolder(String id) {
        Library local = window.model().library();
        try {
            return local.contains(id) ? local.folder(id) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- trouble and the way back -------------------------------------------------------------

    /** A search found the archive unreachable (FX thread). */
    private void trouble(String why) {
        if (!isOpen()) return;
        pane.showTrouble(why);
        toast(window.messages().format("archive.unreachable", why), () -> window.search().searchAgain(), true);
    }

    /** A note at the bottom with Retry and (when the archive is open) Back to library. */
    private void toast(String message, Runnable again, boolean offerLibrary) {
        Messages m = window.messages();
        retry = again;
        boolean back = offerLibrary && isOpen();
        toast().show(message, m.get("archive.retry"), again, back ? m.get("archive.backToLibrary") : null,
                back ? this::backToLibrary : null);
    }

    private Toast toast() {
        return window.library().toast();
    }

    @Override
    public void retry() {
        pane.showTrouble(null);
        Runnable r = retry;
        retry = null;
        if (r != null) r.run();
        else window.search().searchAgain();
    }

    /** Closes the archive and shows the library again, at the article last read there. */
    @Override
    public void backToLibrary() {
        if (!isOpen()) return;
        leave();
        window.remember(Settings::withoutArchive);
        window.model().openDefault(window.settings().lastArticle());
    }

    /** Closes the archive (if any) and gives the library its pane and search back. */
    private void leave() {
        opening++;
        loading++;
        Archive a = archive.get();
        if (a == null) return;
        archive.set(null);
        retry = null;
        pane.setArchive(null, null);
        window.library().showArchive(null, null);
        window.search().setArchive(null);
        a.close();
    }

    /** The window closes: release the archive's client. */
    public void close() {
        opening++;
        Archive a = archive.get();
        archive.set(null);
        if (a != null) a.close();
    }
}
