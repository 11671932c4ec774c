package kr.gisa.app.library;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * The library pane's rows: every article of the library (unreadable ones included), sorted and
 * filtered. Rows are cached by article.json modification time, so a refresh after one import or
 * rename reads one file, not the whole library.
 */
public final class LibraryListModel {

    public enum Sort {
        NEWEST, OLDEST, TITLE, PUBLISHER
    }

    private final ObservableList<LibraryEntry> all = FXCollections.observableArrayList();
    private final ObservableList<LibraryEntry> shown = FXCollections.observableArrayList();
    private final ObservableList<String> publishers = FXCollections.observableArrayList();
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NEWEST);
    /** Null = every publisher. */
    private final ObjectProperty<String> publisher = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Map<String, Cached> cache = new HashMap<>();
    private final Collator collator = Collator.getInstance(Locale.KOREAN);
    /** Korean collation is slow per comparison; each title's key is made once (1000 rows sort in a few ms). */
    private final Map<String, CollationKey> keys = new HashMap<>();
    private Library library;
    private String listError;
    /** Reads many articles off the JavaFX thread; null reads everything in place (tests, small use). */
    private Executor loader;
    private int loads;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    /** Above this many unread articles, {@link #refresh()} reads on the loader (about a second at 1000). */
    static final int READ_IN_BACKGROUND = 150;

    private record Cached(FileTime modified, LibraryEntry entry) {
    }

    public LibraryListModel(Library library) {
        this(library, null);
    }

    /** @param loader where a large library's first reading runs (see {@link #refresh()}), or null */
    public LibraryListModel(Library library, Executor loader) {
        this.library = library;
        this.loader = loader;
        sort.addListener((o, a, b) -> apply());
        publisher.addListener((o, a, b) -> apply());
        from.addListener((o, a, b) -> apply());
        to.addListener((o, a, b) -> apply());
        refresh();
    }

    public void setLoader(Executor loader) {
        this.loader = loader;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public void setLibrary(Library next) {
        library = next;
        loads++;
        loading.set(false);
        cache.clear();
        publisher.set(null);
        from.set(null);
        to.set(null);
        refresh();
    }

    public Library library() {
        return library;
    }

    /** Every article in the library, unsorted. */
    public ObservableList<LibraryEntry> all() {
        return all;
    }

    /** The rows to show: filtered and sorted. */
    public ObservableList<LibraryEntry> shown() {
        return shown;
    }

    /** Publishers of the library's articles, sorted, for the filter. */
    public ObservableList<String> publishers() {
        return publishers;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ObjectProperty<String> publisherProperty() {
        return publisher;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public boolean isFiltered() {
        return publisher.get() != null || from.get() != null || to.get() != null;
    }

    public void clearFilter() {
        publisher.set(null);
        from.set(null);
        to.set(null);
    }

    /** Why the library folder itself cannot be listed, or null. */
    public String listError() {
        return listError;
    }

    public LibraryEntry find(String id) {
        for (LibraryEntry e : all) if (e.id().equals(id)) return e;
        return null;
    }

    /**
     * Reads the library folder again (only changed article.json files are parsed). With a loader set,
     * many unread articles (a large library opened) are read on it, while the rows already known
     * stay listed and {@link #loadingProperty()} is true. A large library opened afresh is even listed
     * there: checking 10,000 folders took the FX thread 120 ms before the window's first frame.
     */
    public void refresh() {
        if (loader != null && cache.isEmpty() && library.hasAtLeast(READ_IN_BACKGROUND)) {
            readInBackground(null, null);
            return;
        }
        Map<String, FileTime> times;
        try {
            times = library.modifiedTimes(); // one file check per article, not three
            listError = null;
        } catch (StoreException e) {
            times = Map.of();
            listError = e.getMessage();
        }
        Set<String> unread = new HashSet<>();
        for (Map.Entry<String, FileTime> e : times.entrySet()) {
            Cached c = cache.get(e.getKey());
            if (c == null || e.getValue() == null || !e.getValue().equals(c.modified())) unread.add(e.getKey());
        }
        if (loader != null && unread.size() > READ_IN_BACKGROUND) {
            readInBackground(unread, times);
            return;
        }
        for (String id : unread) cache.put(id, new Cached(times.get(id), read(library, id)));
        publish(times);
    }

    /** Shows the listed articles (all of them in the cache by now) in listing order; forgets the others. */
    private void publish(Map<String, FileTime> times) {
        List<LibraryEntry> rows = new ArrayList<>();
        Map<String, Cached> seen = new HashMap<>();
        for (String id : times.keySet()) {
            Cached c = cache.get(id);
            if (c == null) continue;
            seen.put(id, c);
            rows.add(c.entry());
        }
        cache.clear();
        cache.putAll(seen);
        if (keys.size() > 4 * rows.size() + 64) keys.clear(); // titles renamed away
        all.setAll(rows);
        TreeSet<String> names = new TreeSet<>(collator);
        for (LibraryEntry e : rows) if (!e.publisher().isEmpty()) names.add(e.publisher());
        publishers.setAll(names);
        if (publisher.get() != null && !names.contains(publisher.get())) publisher.set(null);
        apply();
    }

    /**
     * Reads {@code unread} (listed with their {@code times}) on the loader, or, with both null, lists
     * the whole library there too and reads every article; then shows them on the FX thread.
     */
    private void readInBackground(Set<String> unread, Map<String, FileTime> times) {
        int generation = ++loads;
        Library from = library;
        loading.set(true);
        afterFrames(2, () -> loader.execute(() -> {
            Map<String, FileTime> listed = times;
            String error = null;
            if (listed == null) {
                try {
                    listed = from.modifiedTimes();
                } catch (StoreException e) {
                    listed = Map.of();
                    error = e.getMessage();
                }
            }
            Map<String, Cached> read = new HashMap<>();
            for (Map.Entry<String, FileTime> e : listed.entrySet()) {
                if (unread == null || unread.contains(e.getKey())) {
                    read.put(e.getKey(), new Cached(e.getValue(), read(from, e.getKey())));
                }
            }
            Map<String, FileTime> shown = listed;
            String why = error;
            Platform.runLater(() -> {
                if (generation != loads || from != library) return; // a newer refresh or another library
                cache.putAll(read);
                if (times == null) listError = why;
                publish(shown);
                loading.set(false);
            });
        }));
    }

    /**
     * Runs {@code r} on the FX thread once {@code frames} more frames were drawn. A large library's
     * reading waits for the window's first frame: on two cores it competed with the first layout and
     * paint (and the JIT) and held back the article the reader opened with, while the list only fills
     * in seconds later either way. Two pulses are a few tens of milliseconds at any other time.
     */
    private static void afterFrames(int frames, Runnable r) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen < frames) return;
                stop();
                r.run();
            }
        }.start();
    }

    private static LibraryEntry read(Library library, String id) {
        try {
            return LibraryEntry.of(library.load(id));
        } catch (StoreException e) {
            return LibraryEntry.unreadable(id, e.getMessage());
        } catch (RuntimeException e) {
            return LibraryEntry.unreadable(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private CollationKey key(String s) {
        return keys.computeIfAbsent(s, collator::getCollationKey);
    }

    private void apply() {
        List<LibraryEntry> rows = new ArrayList<>();
        for (LibraryEntry e : all) if (accepts(e)) rows.add(e);
        rows.sort(comparator(sort.get()));
        shown.setAll(rows);
    }

    private boolean accepts(LibraryEntry e) {
        if (publisher.get() != null && !publisher.get().equals(e.publisher())) return false;
        if (from.get() == null && to.get() == null) return true;
        if (e.date() == null) return false;
        if (from.get() != null && e.date().isBefore(from.get())) return false;
        return to.get() == null || !e.date().isAfter(to.get());
    }

    private Comparator<LibraryEntry> comparator(Sort s) {
        // Untitled (unreadable) rows go last; ties keep a stable order by id.
        Comparator<LibraryEntry> byTitle = Comparator.comparing((LibraryEntry e) -> e.title().isEmpty())
                .thenComparing(e -> key(e.title())).thenComparing(LibraryEntry::id);
        // Undated articles go last whichever way dates are sorted.
        Comparator<LibraryEntry> byDate = Comparator.comparing(LibraryEntry::date,
                Comparator.nullsLast(s == Sort.OLDEST ? Comparator.<LocalDate>naturalOrder() : Comparator.<LocalDate>reverseOrder()));
        return switch (s) {
            case NEWEST, OLDEST -> byDate.thenComparing(byTitle);
            case TITLE -> byTitle;
            case PUBLISHER -> Comparator.comparing((LibraryEntry e) -> e.publisher().isEmpty())
                    .thenComparing(e -> key(e.publisher())).thenComparing(byDate).thenComparing(byTitle);
        };
    }
}
