package kr.gisa.core.store;

import kr.gisa.core.model.Article;
import kr.gisa.core.parse.TextArticleParser;
import kr.gisa.core.parse.html.HtmlArticleExtractor;
import kr.gisa.core.parse.html.HtmlDecoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns what a user names on the command line — a source file, an article folder, an article.json,
 * or an id in the library — into an article, with a one-line message when it cannot.
 */
public final class ArticleResolver {

    private final Library library;

    public ArticleResolver(Library library) {
        this.library = library;
    }

    public Article resolve(String name) throws StoreException {
        if (name == null || name.isBlank()) throw new StoreException("no article named");
        if (ArticleIds.isValid(name) && library.contains(name)) return library.load(name);
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            Path json = p.resolve(Library.ARTICLE_JSON);
            if (Files.isRegularFile(json)) return Library.readJsonFile(json);
            Path txt = p.resolve(Library.SOURCE_TXT);
            if (Files.isRegularFile(txt)) return parseText(txt);
            throw new StoreException(p + " is a folder without article.json");
        }
        if (Files.isRegularFile(p)) {
            String fileName = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (fileName.endsWith(".json")) return Library.readJsonFile(p);
            if (fileName.endsWith(".html") || fileName.endsWith(".htm")) return parseHtml(p);
            return parseText(p);
        }
        if (Files.exists(p)) throw new StoreException(p + " is not a readable file");
        throw new StoreException("no article or file named \"" + name + "\" (library: " + library.root() + ")");
    }

    /** A saved page, extracted as import would (without storing it or its images). */
    private static Article parseHtml(Path file) throws StoreException {
        byte[] bytes = read(file);
        Article a = new HtmlArticleExtractor().extract(HtmlDecoder.decode(bytes).text(), ArticleIds.of(bytes));
        if (a.paragraphs().isEmpty()) throw new StoreException(file + ": no article text found in this page");
        return a;
    }

    private static byte[] read(Path file) throws StoreException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) throw new StoreException(file + " is empty");
            return bytes;
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + Library.describe(e));
        }
    }

    private static Article parseText(Path file) throws StoreException {
        byte[] bytes = read(file);
        String text = Library.decodeUtf8(bytes, file.toString());
        Article a = new TextArticleParser().parse(text, ArticleIds.of(bytes));
        if (a.title().isBlank() && a.paragraphs().isEmpty()) throw new StoreException(file + " holds no article text");
        return a;
    }
}
