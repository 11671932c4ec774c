package kr.gisa.testing;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.nio.file.Path;

/** The stored seed article, loaded from the project's own library as a user would see it. */
public final class Seed {

    public static final String ID = "bf9a324c4ffb7aac";

    private Seed() {
    }

    public static Path libraryRoot() {
        return Path.of("articles");
    }

    public static Library library() {
        return new Library(libraryRoot());
    }

    public static Article article() {
        try {
            return library().load(ID);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
