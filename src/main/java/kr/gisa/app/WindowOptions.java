package kr.gisa.app;

import java.nio.file.Path;

/**
 * What the window is opened on: {@code --library DIR} (default {@code articles/} in the working
 * folder), {@code --article ID} (an id in the library, an article folder or a source file;
 * default: the last article read, else the first) and {@code --archive URL} (a shared archive,
 * e.g. {@code http://host:8983/solr/news}, opened over the library; with it {@code --article} is
 * an id in the archive). {@code libraryGiven} says the folder was named (so it wins over the
 * library and the archive remembered in the settings).
 */
public record WindowOptions(Path library, String article, boolean libraryGiven, String archive) {

    public static final String USAGE = "usage: gisa [--library DIR] [--article ID] [--archive URL]";

    public WindowOptions {
        library = library == null ? Path.of("articles") : library;
        article = article == null || article.isBlank() ? null : article;
        archive = archive == null || archive.isBlank() ? null : archive.strip();
    }

    public WindowOptions(Path library, String article, boolean libraryGiven) {
        this(library, article, libraryGiven, null);
    }

    public WindowOptions(Path library, String article) {
        this(library, article, library != null);
    }

    /** The same options with an archive to open (null = none). */
    public WindowOptions withArchive(String url) {
        return new WindowOptions(library, article, libraryGiven, url);
    }

    /** Parses window arguments; a bad one gives an IllegalArgumentException with a one-line message. */
    public static WindowOptions parse(String... args) {
        Path library = null;
        String article = null;
        String archive = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (!name.equals("--library") && !name.equals("--article") && !name.equals("--archive")) {
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
            switch (name) {
                case "--library" -> library = Path.of(value);
                case "--archive" -> archive = value;
                default -> article = value;
            }
        }
        return new WindowOptions(library, article, library != null, archive);
    }
}
