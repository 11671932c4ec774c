package kr.gisa.cli;

import kr.gisa.core.archive.ArchiveException;
import kr.gisa.core.archive.SolrArchive;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.core.text.PlainText;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print an article as JSON (the article.json schema) or as plain text in reading order.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ARTICLE", description = "A source file, an article folder, or an article id in the library (with --archive: an article id in the archive).")
    String article;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print the article as JSON (default).")
        boolean json;
        @Option(names = "--text", description = "Print the text in reading order, one block per line.")
        boolean text;
    }

    @Override
    public Integer call() {
        Article a = archive.given() ? load(archive, article) : library.resolve(article);
        var out = spec.commandLine().getOut();
        out.print(format.text ? PlainText.of(a) : ArticleJson.write(a));
        out.flush();
        return 0;
    }

    /** An article of the archive by id; a failure becomes a one-line user error. */
    static Article load(ArchiveOption archive, String id) {
        try (SolrArchive a = archive.open()) {
            return a.load(id);
        } catch (ArchiveException e) {
            throw new UserException(e.getMessage());
        }
    }
}
