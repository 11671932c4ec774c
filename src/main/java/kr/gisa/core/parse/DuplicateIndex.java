package kr.gisa.core.parse;

import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The library's articles by content hash and canonical URL, built once per import batch and kept up
 * to date as the batch adds articles. Content means title and paragraphs, whitespace-insensitive,
 * so the same article saved twice (or from another format) is found.
 */
final class DuplicateIndex {

    private final Library library;
    private final Map<String, String> byContent = new HashMap<>();
    private final Map<String, String> byUrl = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    private DuplicateIndex(Library library) {
        this.library = library;
    }

    static DuplicateIndex of(Library library) throws StoreException {
        DuplicateIndex index = new DuplicateIndex(library);
        for (String id : library.ids()) {
            try {
                index.put(library.load(id));
            } catch (StoreException e) {
                // A damaged article cannot be a duplicate of anything; the import goes on.
            }
        }
        return index;
    }

    void put(Article a) {
        byContent.put(contentHash(a), a.id());
        String url = normalizeUrl(a.url());
        if (url != null) byUrl.put(url, a.id());
        titles.put(a.id(), a.title());
    }

    Duplicate find(Path file, Article a) {
        if (library.contains(a.id())) return dup(file, a, a.id(), Duplicate.Reason.SAME_SOURCE);
        String byC = byContent.get(contentHash(a));
        if (byC != null && library.contains(byC)) return dup(file, a, byC, Duplicate.Reason.SAME_CONTENT);
        String url = normalizeUrl(a.url());
        String byU = url == null ? null : byUrl.get(url);
        if (byU != null && library.contains(byU)) return dup(file, a, byU, Duplicate.Reason.SAME_URL);
        return null;
    }

    private Duplicate dup(Path file, Article a, String existing, Duplicate.Reason reason) {
        return new Duplicate(file, a, existing, titles.getOrDefault(existing, ""), reason);
    }

    static String contentHash(Article a) {
        String text = a.title() + "\n" + a.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
        return ArticleIds.sha256(text.replaceAll("\\s+", " ").strip());
    }

    /** Scheme, "www.", a trailing slash and a fragment do not make another article. */
    static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.strip().toLowerCase(Locale.ROOT);
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        u = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u.isEmpty() ? null : u;
    }
}
