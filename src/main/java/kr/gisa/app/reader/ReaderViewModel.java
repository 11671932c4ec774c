package kr.gisa.app.reader;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.ArticleResolver;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader shows: one article from the library, or the reason it cannot. Every failure a
 * user can cause (missing, empty, unreadable, malformed article; empty library) becomes a
 * {@link Failed} state with a one-line reason, never an exception, so the window stays usable and
 * the other articles still open.
 */
public final class ReaderViewModel {

    public sealed interface State permits Loaded, Failed {
    }

    /** An article and the folder its {@code images/} paths are relative to (null for a bare file). */
    public record Loaded(Article article, Path folder) implements State {
    }

    /**
     * Why nothing can be shown. {@code reasonKey} names the message headline
     * (error.cannotOpen, error.emptyArticle, error.emptyLibrary); {@code detail} is one line.
     */
    public record Failed(String name, String reasonKey, String detail) implements State {
    }

    /** A library entry for the article menu; {@code title} is null when the article cannot be read. */
    public record Entry(String id, String title) {
    }

    private Library library;
    private final ReadOnlyObjectWrapper<State> state;
    /** Bumped when {@link #setLibrary} switches folders, so panes built on the library can follow. */
    private final ReadOnlyObjectWrapper<Library> libraryProperty;

    public ReaderViewModel(Library library) {
        this.library = library;
        this.libraryProperty = new ReadOnlyObjectWrapper<>(library);
        this.state = new ReadOnlyObjectWrapper<>(new Failed("", "error.emptyLibrary", library.root().toString()));
    }

    public Library library() {
        return library;
    }

    public ReadOnlyObjectProperty<Library> libraryProperty() {
        return libraryProperty.getReadOnlyProperty();
    }

    /** Switches to another library folder and opens its first article (or says it is empty). */
    public void setLibrary(Library next) {
        library = next;
        libraryProperty.set(next);
        openDefault(null);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The id of the article shown, or null. */
    public String currentId() {
        return state.get() instanceof Loaded l ? l.article().id() : null;
    }

    /** Opens {@code preferred} when it is in the library, else the first article; an empty library is a state too. */
    public void openDefault(String preferred) {
        if (preferred != null && library.contains(preferred)) {
            open(preferred); // without listing the library: that costs seconds with 100,000 articles
            return;
        }
        String first;
        try {
            first = library.firstId();
        } catch (StoreException e) {
            state.set(new Failed(library.root().toString(), "error.cannotOpen", e.getMessage()));
            return;
        }
        if (first != null) {
            open(first);
        } else {
            state.set(new Failed(library.root().toString(), "error.emptyLibrary", library.root().toString()));
        }
    }

    /** Opens an id in the library, an article folder, an article.json or a source text file. */
    public void open(String name) {
        state.set(load(name));
    }

    /**
     * Shows an article loaded elsewhere (a shared archive), with the folder its images are relative
     * to (null: none is local, the reader shows placeholders).
     */
    public void showArticle(Article a, Path folder) {
        if (a.title().isBlank() && a.paragraphs().isEmpty() && a.photos().isEmpty()) {
            state.set(new Failed(a.id(), "error.emptyArticle", a.id()));
        } else {
            state.set(new Loaded(a, folder));
        }
    }

    /** Shows why nothing can be shown ({@code reasonKey} names the headline, {@code detail} is one line). */
    public void showFailure(String name, String reasonKey, String detail) {
        state.set(new Failed(name, reasonKey, detail));
    }

    private State load(String name) {
        Article a;
        try {
            a = new ArticleResolver(library).resolve(name);
        } catch (StoreException e) {
            return new Failed(name, "error.cannotOpen", e.getMessage());
        } catch (RuntimeException e) {
            // Not expected from the store, but the window must still explain instead of dying.
            return new Failed(name, "error.cannotOpen", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (a.title().isBlank() && a.paragraphs().isEmpty() && a.photos().isEmpty()) {
            return new Failed(name, "error.emptyArticle", name);
        }
        return new Loaded(a, folderOf(name, a));
    }

    private Path folderOf(String name, Article a) {
        if (ArticleIds.isValid(name) && library.contains(name)) return library.folder(name);
        Path p = Path.of(name);
        if (Files.isDirectory(p)) return p.toAbsolutePath();
        Path parent = p.toAbsolutePath().getParent();
        return parent;
    }

    /** The library's articles with their titles, for the article menu. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        List<String> ids;
        try {
            ids = library.ids();
        } catch (StoreException e) {
            return out;
        }
        for (String id : ids) {
            String title;
            try {
                title = library.load(id).title();
            } catch (StoreException | RuntimeException e) {
                title = null;
            }
            out.add(new Entry(id, title));
        }
        return out;
    }
}
