package kr.gisa.app;

import java.nio.file.Path;

/**
 * What the window is opened on: {@code --library DIR} (default {@code articles/} in the working
 * folder) and {@code --article ID} (an id in the library, an article folder or a source file;
 * default: the last article read, else the first). {@code libraryGiven} says the folder was named
 * (so it wins over the library remembered in the settings).
 */
public record WindowOptions(Path library, String article, boolean libraryGiven) {

    public static final String USAGE = "usage: gisa [--library DIR] [--article ID]";

    public WindowOptions {
        library = library == null ? Path.of("articles") : library;
        article = article == null || article.isBlank() ? null : article;
    }

    public WindowOptions(Path library, String article) {
        this(library, article, library != null);
    }

    /** Parses window arguments; a bad one gives an IllegalArgumentException with a one-line message. */
    public static WindowOptions parse(String... args) {
        Path library = null;
        String article = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (!name.equals("--library") && !name.equals("--article")) {
                throw new IllegalArgumentException("unknown window option " + a + " (" + USAGE + ")");
            }
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(a + " needs a value (" + USAGE + ")");
            }
            if (value.isBlank()) throw new IllegalArgumentException(name + " needs a value (" + USAGE + ")");
            if (name.equals("--library")) library = Path.of(value);
            else article = value;
        }
        return new WindowOptions(library, article);
    }
}
