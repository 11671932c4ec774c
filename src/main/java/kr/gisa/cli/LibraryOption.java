package kr.gisa.cli;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.ArticleResolver;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The shared {@code --library DIR} option (a picocli mixin). */
public final class LibraryOption {

    @Option(names = "--library", paramLabel = "DIR", defaultValue = "articles",
            description = "Article library folder (default: ${DEFAULT-VALUE}).")
    Path library;

    public Library library() {
        return new Library(library);
    }

    /** Resolves a source file, article folder or id; a failure becomes a one-line user error. */
    public Article resolve(String name) {
        try {
            return new ArticleResolver(library()).resolve(name);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }
}
