package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Block;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.core.parse.html.HtmlArticleExtractor;
import kr.gisa.core.parse.html.HtmlDecoder;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.ArticleJson;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports files into a {@link Library}: saved news pages (.html/.htm, with or without their
 * {@code _files} folder), plain news text and Gisa's own article.json. Each file gives one
 * {@link ImportResult}; a refused file leaves the library as it was, and nothing is ever fetched
 * from the network. Runs on the caller's thread (the window calls it from a background task);
 * two imports into one library at once are not coordinated.
 */
public final class Importer {

    /** Larger files are refused before they are read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Library library;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    public Importer(Library library) {
        this.library = library;
    }

    /**
     * Imports every file in order, reporting progress; never throws for a bad file. Stops before the
     * next file once {@link ImportListener#cancelled()} says so; the results cover the files done.
     */
    public List<ImportResult> importAll(List<Path> files, Duplicate.Policy policy, ImportListener listener) {
        List<ImportResult> results = new ArrayList<>();
        try {
            library.recover(); // a batch killed earlier may have left an article moved aside
        } catch (StoreException e) {
            // Not fatal: each import reports its own failure if the library is unusable.
        }
        // One duplicate index for the batch, kept up to date as the batch adds articles.
        DuplicateIndex[] index = {null};
        for (int i = 0; i < files.size() && !listener.cancelled(); i++) {
            listener.started(i, files.size(), files.get(i));
            ImportResult r = importFile(files.get(i), policy, index);
            results.add(r);
            listener.finished(i, files.size(), r);
        }
        return results;
    }

    public ImportResult importFile(Path file, Duplicate.Policy policy) {
        return importFile(file, policy, new DuplicateIndex[]{null});
    }

    private ImportResult importFile(Path file, Duplicate.Policy policy, DuplicateIndex[] index) {
        try {
            Parsed parsed = parse(file);
            if (index[0] == null) index[0] = DuplicateIndex.of(library);
            return store(file, parsed, policy, index[0]);
        } catch (StoreException e) {
            return ImportResult.failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A parser bug on hostile input must not end a batch; the file is reported as refused.
            return ImportResult.failed(file, "cannot read this file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Parses an article's kept source again with the current extractor (e.g. after an extractor
     * improvement), keeping its id, its images and its title (which the user may have edited).
     */
    public Article reimport(String id) throws StoreException {
        Article old = library.load(id);
        Path source = library.source(id);
        if (source == null) throw new StoreException("article " + id + " has no kept source to re-import");
        byte[] bytes = readFile(source);
        Article fresh;
        if (source.getFileName().toString().equals(Library.SOURCE_HTML)) {
            Article a = extractor.extract(HtmlDecoder.decode(bytes).text(), id);
            Path images = library.folder(id).resolve(Library.IMAGES);
            fresh = withImages(a, ref -> existingImage(images, ref));
        } else {
            fresh = new TextArticleParser().parse(HtmlDecoder.decode(bytes).text(), id);
        }
        if (fresh.paragraphs().isEmpty()) throw new StoreException("re-import of " + id + " found no article text; kept as it was");
        // The title may have been edited by the user; everything else comes from the source again.
        if (!old.title().isBlank()) fresh = fresh.withTitle(old.title());
        library.save(fresh, source.getFileName().toString(), bytes, null);
        return fresh;
    }

    private static String existingImage(Path images, String ref) {
        for (String ext : new String[]{"jpg", "png", "gif", "bmp", "webp"}) {
            String name = PageImages.nameFor(ref, ext);
            if (Files.isRegularFile(images.getParent().resolve(name))) return name;
        }
        return null;
    }

    // ---------------------------------------------------------------- parsing

    private record Parsed(Article article, String sourceName, byte[] source, Map<String, byte[]> images) {
    }

    private enum Format { HTML, TEXT, JSON }

    private Parsed parse(Path file) throws StoreException {
        byte[] bytes = readFile(file);
        if (bytes.length == 0) throw new StoreException("empty file");
        Format format = format(file, bytes);
        String id = ArticleIds.of(bytes);
        switch (format) {
            case JSON -> {
                return parseJson(file, bytes);
            }
            case HTML -> {
                Article a = extractor.extract(HtmlDecoder.decode(bytes).text(), id);
                PageImages images = new PageImages(file.toAbsolutePath().getParent());
                a = withImages(a, images::store);
                if (a.paragraphs().isEmpty()) throw new StoreException("no article text found in this page");
                // A page without any title: browsers name the saved file after the title, so use that.
                if (a.title().isBlank()) a = a.withTitle(stem(file));
                return new Parsed(a, Library.SOURCE_HTML, bytes, images.files());
            }
            default -> {
                Article a = new TextArticleParser().parse(HtmlDecoder.decode(bytes).text(), id);
                if (a.paragraphs().isEmpty()) throw new StoreException("no article text found (a title alone is not an article)");
                return new Parsed(a, Library.SOURCE_TXT, bytes, Map.of());
            }
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').strip();
    }

    private static Format format(Path file, byte[] bytes) throws StoreException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (HtmlDecoder.looksBinary(bytes)) {
            throw new StoreException("binary data, not a news page, text or article.json");
        }
        if (name.endsWith(".json")) return Format.JSON;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".shtml")) {
            return Format.HTML;
        }
        // Anything else: sniff the start, as a saved page without an extension is still a page.
        String head = HtmlDecoder.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 2048))).text()
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<!--") || (head.startsWith("<") && head.contains("<body"))) {
            return Format.HTML;
        }
        return Format.TEXT;
    }

    private Parsed parseJson(Path file, byte[] bytes) throws StoreException {
        Article a = ArticleJson.read(HtmlDecoder.decode(bytes).text());
        if (!ArticleIds.isValid(a.id())) a = a.withId(ArticleIds.of(bytes));
        if (a.paragraphs().isEmpty()) throw new StoreException("the article has no paragraphs");
        // An article.json exported with its folder brings its images; anything else loses the image link.
        PageImages images = new PageImages(file.toAbsolutePath().getParent());
        a = withImages(a, ref -> ref.startsWith(Library.IMAGES + "/") ? images.store(ref) : null);
        return new Parsed(a, null, null, images.files());
    }

    private static byte[] readFile(Path file) throws StoreException {
        if (Files.isDirectory(file)) throw new StoreException("is a folder, not a file");
        if (!Files.exists(file)) throw new StoreException("no such file");
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new StoreException("too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read: " + Library.describe(e));
        }
    }

    /** The article with each photo's page reference replaced by its stored image (or none). */
    private static Article withImages(Article a, java.util.function.Function<String, String> store) {
        List<Section> sections = new ArrayList<>();
        for (Section s : a.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Photo p) {
                    String image = p.image() == null ? null : store.apply(p.image());
                    if (image == null && p.caption().isBlank()) continue; // nothing left to show
                    blocks.add(new Photo(p.caption(), p.credit(), image));
                } else {
                    blocks.add(b);
                }
            }
            if (!blocks.isEmpty() || s.heading() != null) sections.add(new Section(s.heading(), blocks));
        }
        return new Article(a.id(), a.title(), a.subtitles(), a.publisher(), a.byline(), a.email(), a.published(),
                a.url(), a.copyright(), sections);
    }

    // ---------------------------------------------------------------- storing

    private ImportResult store(Path file, Parsed p, Duplicate.Policy policy, DuplicateIndex duplicates)
            throws StoreException {
        Article a = p.article();
        Duplicate dup = duplicates.find(file, a);
        ImportResult.Status status = ImportResult.Status.IMPORTED;
        String reason = null;
        if (dup != null) {
            reason = dup.reason().text();
            if (policy.decide(dup) == Duplicate.Choice.SKIP) {
                Article existing = library.load(dup.existingId());
                return ImportResult.of(file, ImportResult.Status.SKIPPED, existing, reason);
            }
            // Replaced in place: the id others (index, last-read position) know stays valid.
            a = a.withId(dup.existingId());
            status = ImportResult.Status.REPLACED;
        }
        library.save(a, p.sourceName(), p.source(), p.images());
        duplicates.put(a);
        return ImportResult.of(file, status, a, reason);
    }
}
