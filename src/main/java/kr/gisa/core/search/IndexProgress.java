package kr.gisa.core.search;

/**
 * Progress of building or updating the index, for a progress bar (the CLI's on stderr, the window's
 * later). Called from the indexing thread.
 */
@FunctionalInterface
public interface IndexProgress {

    IndexProgress NONE = (done, total, phase) -> {
    };

    /**
     * @param done  articles checked so far
     * @param total articles in the library
     * @param phase what is happening, e.g. "indexing" or "checking"
     */
    void progress(int done, int total, String phase);
}
