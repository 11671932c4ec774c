package kr.gisa.cli;

import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;
import picocli.CommandLine.Option;

/** The {@code --archive URL} option (a picocli mixin): search, show or brief a shared SolrCloud archive instead of the library. */
public final class ArchiveOption {

    @Option(names = "--archive", paramLabel = "URL",
            description = "A shared SolrCloud archive instead of the library, e.g. http://host:8983/solr/news "
                    + "(several comma-separated node URLs fail over).")
    String url;

    boolean given() {
        return url != null;
    }

    /** Opens the archive; a failure becomes a one-line user error. */
    SolrArchive open() {
        return open(url);
    }

    static SolrArchive open(String url) {
        try {
            return SolrArchive.open(url);
        } catch (ArchiveException e) {
            throw new UserException(e.getMessage());
        }
    }
}
