package kr.gisa.cli;

import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.UpdateStats;
import kr.gisa.core.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build or update the search index of the library, with a progress bar.",
                "The index lives in the cache directory ($XDG_CACHE_HOME/gisa or ~/.cache/gisa), never in the library;",
                "only added, changed or removed articles are (re)indexed."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        ProgressBar bar = new ProgressBar(err, 0);
        try (SearchIndex index = SearchIndex.open(IndexCommand.existing(library.library()), bar)) {
            bar.finish();
            for (String note : index.notes()) err.println("gisa: note: " + note);
            if (index.readOnly()) throw new UserException("not updated: the index is in use by another running Gisa");
            UpdateStats s = index.lastUpdate();
            out.printf("%d articles indexed (%d added, %d changed, %d removed) in %d ms; index: %s%n",
                    index.articleCount(), s.added(), s.changed(), s.removed(),
                    (System.nanoTime() - t0) / 1_000_000, index.location());
        }
        return 0;
    }

    /** The library, which must be an existing folder: searching a mistyped path should not look like "no results". */
    static Library existing(Library library) {
        if (!java.nio.file.Files.isDirectory(library.root())) {
            throw new UserException("no library folder at " + library.root() + " (use --library DIR)");
        }
        return library;
    }

    /** Opens the index, drawing a progress bar on {@code err} when building takes longer than {@code delayMillis}. */
    static SearchIndex openWithProgress(Library library, PrintWriter err, long delayMillis) {
        ProgressBar bar = new ProgressBar(err, delayMillis);
        SearchIndex index = SearchIndex.open(library, bar);
        bar.finish();
        return index;
    }
}
