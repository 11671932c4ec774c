package kr.gisa.core.parse;

import java.nio.file.Path;

/** Progress of a batch import, for a progress bar: called on the importing thread, in order. */
public interface ImportListener {

    /** File {@code index} (0-based) of {@code total} is about to be read. */
    default void started(int index, int total, Path file) {
    }

    default void finished(int index, int total, ImportResult result) {
    }

    /** Asked before each file: true stops the batch (a Cancel button); a file in progress completes. */
    default boolean cancelled() {
        return false;
    }

    ImportListener NONE = new ImportListener() {
    };
}
