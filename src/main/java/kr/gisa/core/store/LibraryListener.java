package kr.gisa.core.store;

/**
 * Told after an article folder appears, changes or disappears in a {@link Library}, once the change
 * is on disk (so a subscriber such as the search index never refers to an article that is not there).
 * Called on the thread that made the change; a listener that throws does not undo the change.
 */
public interface LibraryListener {

    default void added(String id) {
    }

    default void changed(String id) {
    }

    default void removed(String id) {
    }
}
