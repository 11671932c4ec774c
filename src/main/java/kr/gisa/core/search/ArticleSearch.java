package kr.gisa.core.search;

import kr.gisa.core.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Search over a set of articles, whatever holds them: the embedded index of a library folder
 * ({@link SearchIndex}, the default) or a shared SolrCloud archive ({@code kr.gisa.core.archive}).
 * The window, the CLI and the briefing use only this, so both give the same hits, spans and notes.
 */
public interface ArticleSearch extends Closeable {

    /** Searches with the default ranking: strict AND, relaxed when it finds too little. Never throws. */
    default SearchResult search(String query, int limit) {
        return search(query, limit, SearchMode.AUTO);
    }

    /** At most {@code limit} hits, each with its highlight spans and snippet. Never throws: failures are the result's error. */
    SearchResult search(String query, int limit, SearchMode mode);

    /** Number of searchable articles. */
    int articleCount() throws IOException;

    /** One-line notes about the state of the index or archive (rebuilt, read-only, unreachable…). */
    List<String> notes();

    /** A finder for one open article (find-in-article, Ctrl+F), with the same analysis as the search. */
    ArticleFinder finder(Article article);

    @Override
    void close();
}
