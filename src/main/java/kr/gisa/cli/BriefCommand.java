package kr.gisa.cli;

import kr.gisa.core.brief.Briefing;
import kr.gisa.core.brief.BriefingBuilder;
import kr.gisa.core.brief.BriefingOptions;
import kr.gisa.core.brief.export.BriefingExporter;
import kr.gisa.core.model.Article;
import kr.gisa.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write the one-page briefing of an article: summary, key figures, quotes, keywords, outline.",
                "The format follows the --out extension: .pdf (one A4 page), .md, .html (self-contained) or .json."})
final class BriefCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Mixin
    ArchiveOption archive;

    @Parameters(paramLabel = "ARTICLE", description = "A source file, an article folder, or an article id in the library (with --archive: an article id in the archive).")
    String article;

    @Option(names = "--query", paramLabel = "Q", description = "Focus the summary on sentences matching Q and mark the matches.")
    String query;

    @Option(names = "--sentences", paramLabel = "N", defaultValue = "3",
            description = "Summary sentences (1-" + BriefingOptions.MAX_SENTENCES + ", default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write: FILE.pdf, FILE.md, FILE.html or FILE.json.")
    Path out;

    @Override
    public Integer call() {
        if (sentences < 1 || sentences > BriefingOptions.MAX_SENTENCES) {
            throw new UserException("--sentences must be between 1 and " + BriefingOptions.MAX_SENTENCES + ", not " + sentences);
        }
        BriefingExporter exporter = BriefingExporter.forFile(out);
        if (exporter == null) {
            throw new UserException("cannot tell the format of " + out + ": name it .pdf, .md, .html or .json");
        }
        Article a = archive.given() ? ShowCommand.load(archive, article) : library.resolve(article);
        BriefingBuilder builder;
        try {
            // An archive article is weighted without a local library: the archive is not the user's collection.
            builder = archive.given() ? new BriefingBuilder() : BriefingBuilder.forLibrary(library.library());
        } catch (StoreException e) {
            // The library only weights keywords; an unreadable one must not stop the briefing.
            builder = new BriefingBuilder();
        }
        Briefing b = builder.build(a, BriefingOptions.defaults().withSentences(sentences).withQuery(query));
        try {
            exporter.write(b, out);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
