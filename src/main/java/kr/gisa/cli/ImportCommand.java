package kr.gisa.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kr.gisa.core.parse.Duplicate;
import kr.gisa.core.parse.ImportListener;
import kr.gisa.core.parse.ImportResult;
import kr.gisa.core.parse.Importer;
import kr.gisa.core.store.ArticleJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import saved news pages (.html/.htm, with their _files folder), plain news text and "
                + "article.json files into the library. Nothing is fetched from the network.",
                "A file the library already holds (same source, same content or same canonical URL) is "
                        + "skipped unless --replace is given. Exit code 1 when any file was refused."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--json", description = "One JSON object per file and line instead of text.")
    boolean json;

    @ArgGroup(exclusive = true)
    Duplicates duplicates = new Duplicates();

    static final class Duplicates {
        @Option(names = "--replace", description = "Replace an article the library already holds.")
        boolean replace;
        @Option(names = "--skip", description = "Keep the article the library already holds (default).")
        boolean skip;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Importer importer = new Importer(library.library());
        Duplicate.Policy policy = Duplicate.Policy.always(duplicates.replace ? Duplicate.Choice.REPLACE : Duplicate.Choice.SKIP);
        int[] failed = {0};
        importer.importAll(files, policy, new ImportListener() {
            @Override
            public void finished(int index, int total, ImportResult r) {
                if (!r.ok()) failed[0]++;
                out.println(json ? json(r) : text(r));
                out.flush();
            }
        });
        return failed[0] == 0 ? 0 : 1;
    }

    static String text(ImportResult r) {
        return switch (r.status()) {
            case FAILED -> r.file() + ": refused: " + r.error();
            case SKIPPED -> r.file() + ": skipped, duplicate of " + r.id() + " \"" + r.title() + "\" (" + r.reason()
                    + "; --replace replaces it)";
            case IMPORTED, REPLACED -> r.file() + ": " + (r.status() == ImportResult.Status.REPLACED
                    ? "replaced " + r.id() + " (" + r.reason() + ")" : "imported " + r.id())
                    + " \"" + r.title() + "\" — " + count(r.sections(), "section") + ", "
                    + count(r.paragraphs(), "paragraph") + ", " + count(r.photos(), "photo");
        };
    }

    static String json(ImportResult r) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("file", r.file().toString());
        if (r.status() == ImportResult.Status.FAILED) {
            o.put("error", r.error());
        } else {
            o.put("id", r.id());
            o.put("title", r.title());
            o.put("sections", r.sections());
            o.put("paragraphs", r.paragraphs());
            o.put("photos", r.photos());
            if (r.status() == ImportResult.Status.SKIPPED) o.put("skipped", r.reason());
            if (r.status() == ImportResult.Status.REPLACED) o.put("replaced", r.reason());
        }
        return o.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
