package kr.gisa.app.archive;

import kr.gisa.core.archive.Archive;
import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;

/**
 * How the window opens a shared archive from its URL. The app uses {@link #standard()} (SolrCloud);
 * tests give an in-memory archive. Called off the JavaFX thread, under a timeout.
 */
@FunctionalInterface
public interface ArchiveOpener {

    /** Opens and checks the archive at {@code url}; a failure is one line that says what to do. */
    Archive open(String url) throws ArchiveException;

    /** The archive client of this build: a SolrCloud collection over HTTP (SolrJ, no ZooKeeper). */
    static ArchiveOpener standard() {
        return SolrArchive::open;
    }
}
