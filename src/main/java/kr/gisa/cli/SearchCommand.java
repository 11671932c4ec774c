package kr.gisa.cli;

import kr.gisa.core.search.SearchHit;
import kr.gisa.core.search.ArticleSearch;
import kr.gisa.core.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the library with Korean morphology (Nori); the index is built or updated first.",
                "With --archive URL, search a shared SolrCloud archive instead: the same hits and highlights.",
                "",
                "Words are ANDed; \"a phrase\"; a OR b; -word excludes; (groups); prefix*;",
                "filters title:, section:, caption:, publisher:.",
                "A question no paragraph answers word for word is relaxed: hits missing the fewest words come first."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (several words may be given unquoted).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the result as one JSON line.")
    boolean json;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Read one query per line (- for stdin) and print one JSON line per query.")
    Path queries;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) throw new UserException("--limit must be at least 1");
        if (queries == null && (words == null || words.isEmpty())) {
            throw new UserException("no query given (try 'gisa search --help')");
        }
        if (queries != null && words != null && !words.isEmpty()) {
            throw new UserException("give either a QUERY or --queries FILE, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> batch = queries == null ? List.of(String.join(" ", words)) : readQueries();
        try (ArticleSearch index = archive.given() ? archive.open()
                : IndexCommand.openWithProgress(IndexCommand.existing(library.library()), err, 500)) {
            for (String note : index.notes()) err.println("gisa: note: " + note);
            if (queries != null) {
                for (String q : batch) out.println(SearchJson.line(index.search(q, limit)));
                out.flush();
                return 0;
            }
            SearchResult r = index.search(batch.get(0), limit);
            if (json) {
                out.println(SearchJson.line(r));
                out.flush();
                if (r.error() != null) throw new UserException(r.error());
                return 0;
            }
            if (r.error() != null) throw new UserException(r.error());
            for (String note : r.notes()) if (!index.notes().contains(note)) err.println("gisa: note: " + note);
            printText(out, r);
        }
        return 0;
    }

    private List<String> readQueries() {
        try {
            BufferedReader in = queries.toString().equals("-")
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(queries, StandardCharsets.UTF_8);
            try (in) {
                return in.lines().filter(l -> !l.isBlank()).toList();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserException("cannot read queries from " + queries + ": " + e.getMessage());
        }
    }

    private static void printText(PrintWriter out, SearchResult r) {
        out.println(r.total() == 0 ? "no results for " + r.query()
                : r.total() + (r.totalExact() ? "" : "+") + (r.total() == 1 ? " result" : " results") + " for " + r.query()
                + (r.hits().size() < r.total() ? " (showing " + r.hits().size() + ")" : ""));
        int n = 1;
        for (SearchHit h : r.hits()) {
            out.printf("%d. %s · %s · %s · %.2f%n", n++, h.title(), where(h), h.article(), h.score());
            out.println("   " + h.snippet());
        }
        out.flush();
    }

    static String where(SearchHit h) {
        return switch (h.field()) {
            case "title" -> "title";
            case "subtitle" -> "subtitle " + h.paragraph();
            case "heading" -> "section " + h.section() + " heading";
            case "caption" -> "section " + h.section() + " photo " + h.paragraph() + " caption";
            default -> "section " + h.section() + " ¶ " + h.paragraph();
        };
    }
}
