package kr.gisa.core.store;

import kr.gisa.core.model.Article;
import kr.gisa.core.parse.TextArticleParser;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The article library: a folder with one sub-folder per article,
 * {@code <id>/article.json} (the structured article) beside its original source
 * ({@code source.txt} or {@code source.html}) and optional {@code images/}.
 */
public final class Library {

    public static final String ARTICLE_JSON = "article.json";
    public static final String SOURCE_TXT = "source.txt";
    public static final String SOURCE_HTML = "source.html";
    public static final String IMAGES = "images";
    /** Deleted articles wait here until undone or purged; its name is never a valid id. */
    public static final String TRASH = ".trash";

    private final Path root;
    private final List<LibraryListener> listeners = new CopyOnWriteArrayList<>();

    public Library(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public void addListener(LibraryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(LibraryListener listener) {
        listeners.remove(listener);
    }

    public Path folder(String id) {
        if (!ArticleIds.isValid(id)) throw new IllegalArgumentException("invalid article id: " + id);
        return root.resolve(id);
    }

    /** Ids of every article folder (those holding an article.json), sorted. One file check per folder. */
    public List<String> ids() throws StoreException {
        List<String> ids = new ArrayList<>();
        for (String name : names()) {
            if (Files.isRegularFile(root.resolve(name).resolve(ARTICLE_JSON))) ids.add(name);
        }
        return ids;
    }

    /** {@link #ids()} with each article.json's modification time, from the same one check per folder. */
    public java.util.LinkedHashMap<String, java.nio.file.attribute.FileTime> modifiedTimes() throws StoreException {
        java.util.LinkedHashMap<String, java.nio.file.attribute.FileTime> out = new java.util.LinkedHashMap<>();
        for (String name : names()) {
            try {
                var attrs = Files.readAttributes(root.resolve(name).resolve(ARTICLE_JSON),
                        java.nio.file.attribute.BasicFileAttributes.class);
                if (attrs.isRegularFile()) out.put(name, attrs.lastModifiedTime());
            } catch (IOException e) {
                // no article.json (a stray folder): not an article
            }
        }
        return out;
    }

    /**
     * The first article's id in {@link #ids()} order, or null when there is none: what the reader opens
     * by default, found without checking every folder of a large library.
     */
    public String firstId() throws StoreException {
        if (!Files.isDirectory(root)) return null;
        // The least name in one pass, the id pattern checked only on a new least: listing and sorting
        // 10,000 names as paths took 50 ms of a cold start. Almost always that folder is an article.
        String[] all = root.toFile().list();
        if (all == null) throw new StoreException("cannot list library " + root);
        String least = null;
        for (String name : all) {
            if ((least == null || name.compareTo(least) < 0) && ArticleIds.isValid(name)) least = name;
        }
        if (least == null || Files.isRegularFile(root.resolve(least).resolve(ARTICLE_JSON))) return least;
        for (String name : names()) {
            if (Files.isRegularFile(root.resolve(name).resolve(ARTICLE_JSON))) return name;
        }
        return null;
    }

    /**
     * Whether the library folder holds at least {@code n} entries named like article ids: reads only as
     * much of the directory as that takes (a large library is known as such without listing it).
     * False when the folder cannot be read.
     */
    public boolean hasAtLeast(int n) {
        if (n <= 0) return true;
        int seen = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path d : entries) {
                if (ArticleIds.isValid(d.getFileName().toString()) && ++seen >= n) return true;
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: the listing reports it
        }
        return false;
    }

    /** Entries named like article ids, sorted; only the directory is read. */
    private List<String> names() throws StoreException {
        if (!Files.isDirectory(root)) return List.of();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path d : entries) {
                String name = d.getFileName().toString();
                if (ArticleIds.isValid(name)) names.add(name);
            }
        } catch (IOException e) {
            throw new StoreException("cannot list library " + root + ": " + describe(e));
        }
        names.sort(Comparator.naturalOrder());
        return names;
    }

    public boolean contains(String id) {
        return ArticleIds.isValid(id) && Files.isRegularFile(root.resolve(id).resolve(ARTICLE_JSON));
    }

    /** Loads one article by id. */
    public Article load(String id) throws StoreException {
        if (!ArticleIds.isValid(id)) throw new StoreException("invalid article id \"" + id + "\"");
        Path json = root.resolve(id).resolve(ARTICLE_JSON);
        if (!Files.exists(json)) throw new StoreException("no article \"" + id + "\" in library " + root);
        Article a = readJsonFile(json);
        return a.id().equals(id) ? a : a.withId(id);
    }

    /** Stores a parsed plain-text article with its original bytes, atomically. */
    public Article importText(byte[] source) throws StoreException {
        String text = decodeUtf8(source, "source");
        String id = ArticleIds.of(source);
        Article article = new TextArticleParser().parse(text, id);
        if (article.title().isBlank() && article.paragraphs().isEmpty()) {
            throw new StoreException("no article text found (the file is empty)");
        }
        save(article, SOURCE_TXT, source);
        return article;
    }

    /**
     * Writes a whole article folder atomically: built under a temporary name, then renamed into place,
     * so a failure or kill leaves either the old folder or the new one, never a half-made one.
     * Images of an existing article are kept.
     */
    public void save(Article article, String sourceName, byte[] source) throws StoreException {
        save(article, sourceName, source, null);
    }

    /**
     * Like {@link #save(Article, String, byte[])}, with the article's image files: names relative to
     * the article folder (e.g. {@code images/3fa2c1.jpg}) to their bytes. A non-null map replaces the
     * images of an existing article; null keeps them.
     */
    public void save(Article article, String sourceName, byte[] source, Map<String, byte[]> images)
            throws StoreException {
        Path target = folder(article.id());
        boolean existed = Files.isDirectory(target);
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempDirectory(root, "." + article.id() + ".");
            AtomicFiles.copyPermissions(target, tmp, true);
            try {
                if (source != null) Files.write(tmp.resolve(safeName(sourceName)), source);
                if (images == null) {
                    Path oldImages = target.resolve(IMAGES);
                    if (Files.isDirectory(oldImages)) copyTree(oldImages, tmp.resolve(IMAGES));
                } else {
                    for (Map.Entry<String, byte[]> img : images.entrySet()) {
                        Path dest = tmp.resolve(img.getKey()).normalize();
                        if (!dest.startsWith(tmp.resolve(IMAGES))) {
                            throw new IOException("image name outside images/: " + img.getKey());
                        }
                        Files.createDirectories(dest.getParent());
                        Files.write(dest, img.getValue());
                    }
                }
                Files.writeString(tmp.resolve(ARTICLE_JSON), ArticleJson.write(article));
                replaceFolder(tmp, target);
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write article " + article.id() + " to " + root + ": " + describe(e));
        }
        if (existed) fire(l -> l.changed(article.id()));
        else fire(l -> l.added(article.id()));
    }

    private static String safeName(String name) throws IOException {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IOException("invalid source file name " + name);
        }
        return name;
    }

    /** The kept original of an article (source.html or source.txt), or null when it has none. */
    public Path source(String id) {
        Path dir = folder(id);
        for (String name : new String[]{SOURCE_HTML, SOURCE_TXT}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    /** Sets an article's title (an empty title is refused), keeping everything else. */
    public Article retitle(String id, String title) throws StoreException {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) throw new StoreException("a title cannot be empty");
        Article changed = load(id).withTitle(t);
        update(changed);
        return changed;
    }

    /**
     * Moves an article folder to the trash (one rename, so it is atomic) and returns what
     * {@link #undelete} needs to put it back.
     */
    public Deletion delete(String id) throws StoreException {
        if (!ArticleIds.isValid(id) || !Files.isDirectory(root.resolve(id))) {
            throw new StoreException("no article \"" + id + "\" in library " + root);
        }
        // A damaged article must still be deletable: its title is only for the undo message.
        String title;
        try {
            title = load(id).title();
        } catch (StoreException unreadable) {
            title = id;
        }
        Path trash = root.resolve(TRASH);
        Path dest = trash.resolve(id + "." + System.currentTimeMillis() + "." + System.nanoTime() % 1_000_000);
        try {
            Files.createDirectories(trash);
            AtomicFiles.move(folder(id), dest);
        } catch (IOException e) {
            throw new StoreException("cannot delete article " + id + ": " + describe(e));
        }
        fire(l -> l.removed(id));
        return new Deletion(id, title, dest);
    }

    /** Restores a deleted article; refused when the trash copy is gone or the id is in use again. */
    public void undelete(Deletion deletion) throws StoreException {
        Path target = folder(deletion.id());
        if (!deletion.trashFolder().startsWith(root.resolve(TRASH)) || !Files.isDirectory(deletion.trashFolder())) {
            throw new StoreException("the deleted article " + deletion.id() + " is no longer in the trash");
        }
        if (Files.exists(target)) throw new StoreException("an article " + deletion.id() + " exists again; not restored");
        try {
            AtomicFiles.move(deletion.trashFolder(), target);
        } catch (IOException e) {
            throw new StoreException("cannot restore article " + deletion.id() + ": " + describe(e));
        }
        fire(l -> l.added(deletion.id()));
    }

    /**
     * Repairs what a kill in the middle of {@link #save} can leave: an article moved aside for
     * replacement but not yet replaced is put back, and temporary folders older than an hour
     * (surely abandoned, not another process's import in progress) are removed. Returns the
     * number of repairs.
     */
    public int recover() throws StoreException {
        if (!Files.isDirectory(root)) return 0;
        int repairs = 0;
        long cutoff = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> p.getFileName().toString().startsWith(".")
                && !p.getFileName().toString().equals(TRASH) && Files.isDirectory(p))) {
            for (Path d : dirs) {
                String name = d.getFileName().toString();
                int old = name.indexOf(".old-");
                if (old > 1) {
                    String id = name.substring(1, old);
                    if (ArticleIds.isValid(id) && !Files.exists(root.resolve(id))) {
                        AtomicFiles.move(d, root.resolve(id));
                        repairs++;
                        continue;
                    }
                }
                if (Files.getLastModifiedTime(d).toMillis() < cutoff) {
                    deleteTree(d);
                    repairs++;
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot repair library " + root + ": " + describe(e));
        }
        return repairs;
    }

    /** Empties the trash: deletions made before this can no longer be undone. */
    public void purgeTrash() throws StoreException {
        try {
            deleteTree(root.resolve(TRASH));
        } catch (IOException e) {
            throw new StoreException("cannot empty the trash of " + root + ": " + describe(e));
        }
    }

    private void fire(java.util.function.Consumer<LibraryListener> event) {
        for (LibraryListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                // The change is on disk already; a failing subscriber must not make it look failed.
                System.err.println("gisa: library listener failed: " + e);
            }
        }
    }

    /** Rewrites only article.json of an existing article (e.g. an edited title), atomically. */
    public void update(Article article) throws StoreException {
        Path target = folder(article.id());
        if (!Files.isDirectory(target)) throw new StoreException("no article \"" + article.id() + "\" in library");
        try {
            AtomicFiles.write(target.resolve(ARTICLE_JSON),
                    ArticleJson.write(article).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException("cannot write article " + article.id() + ": " + describe(e));
        }
        fire(l -> l.changed(article.id()));
    }

    private static void replaceFolder(Path tmp, Path target) throws IOException {
        if (!Files.exists(target)) {
            AtomicFiles.move(tmp, target);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        AtomicFiles.move(target, old);
        try {
            AtomicFiles.move(tmp, target);
        } catch (IOException e) {
            AtomicFiles.move(old, target); // put the previous version back
            throw e;
        }
        deleteTree(old);
    }

    /** Reads an article.json file with a clear one-line error for every failure. */
    public static Article readJsonFile(Path json) throws StoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(json);
        } catch (IOException e) {
            throw new StoreException("cannot read " + json + ": " + describe(e));
        }
        if (bytes.length == 0) throw new StoreException(json + " is empty");
        try {
            return ArticleJson.read(decodeUtf8(bytes, json.toString()));
        } catch (StoreException e) {
            throw new StoreException(json + ": " + e.getMessage());
        }
    }

    /** Strict UTF-8 decoding: bytes that are not UTF-8 give a message instead of silent U+FFFD. */
    public static String decodeUtf8(byte[] bytes, String what) throws StoreException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new StoreException(what + " is not UTF-8 text");
        }
    }

    /** A short reason for an I/O failure, without a stack trace. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file " + e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied: " + e.getMessage();
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
