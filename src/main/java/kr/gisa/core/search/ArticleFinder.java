package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Find-as-you-type in one open article: the article is analyzed and indexed in memory once, when the
 * reader opens it, and each {@link #find} then only runs the query. Thread-safe for concurrent finds;
 * close it when the article is closed.
 */
public final class ArticleFinder implements Closeable {

    private final KoreanAnalysis analysis;
    private final List<Document> docs;
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final String failure;

    public ArticleFinder(Article article, KoreanAnalysis analysis) {
        this.analysis = analysis;
        org.apache.lucene.analysis.Analyzer analyzer = Fields.indexAnalyzer(analysis);
        this.docs = Fields.units(article, analyzer);
        DirectoryReader r = null;
        String why = null;
        try {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                w.addDocuments(docs); // one segment: document numbers are the reading order
            }
            r = DirectoryReader.open(dir);
        } catch (IOException | RuntimeException e) {
            why = "cannot search this article: " + e.getMessage();
        }
        this.reader = r;
        this.failure = why;
    }

    /** Every occurrence of the query's words. Never throws: a bad query gives {@link ArticleFind#error()}. */
    public ArticleFind find(String query) {
        List<String> notes = new ArrayList<>();
        if (failure != null) return new ArticleFind(query, List.of(), List.of(), notes, failure);
        String[] error = new String[1];
        Query highlight = new QueryRunner(analysis).highlightQuery(query, notes, error);
        if (error[0] != null) return new ArticleFind(query, List.of(), List.of(), notes, error[0]);
        List<ArticleFind.Match> matches = new ArrayList<>();
        List<ArticleFind.Occurrence> occurrences = new ArrayList<>();
        try {
            Highlights hl = new Highlights(new IndexSearcher(reader), highlight);
            for (int doc = 0; doc < docs.size(); doc++) {
                Document d = docs.get(doc);
                List<Span> spans = hl.spans(doc, d.get(Fields.KIND));
                if (spans.isEmpty()) continue;
                ArticleFind.Match m = new ArticleFind.Match(d.get(Fields.KIND),
                        d.getField(Fields.SECTION_NO).numericValue().intValue(),
                        d.getField(Fields.PARAGRAPH_NO).numericValue().intValue(), d.get(Fields.TEXT), spans);
                for (Span s : spans) {
                    occurrences.add(new ArticleFind.Occurrence(matches.size(), m.field(), m.section(), m.paragraph(), s));
                }
                matches.add(m);
            }
        } catch (IOException | RuntimeException e) {
            return new ArticleFind(query, List.of(), List.of(), notes, "cannot search this article: " + e.getMessage());
        }
        return new ArticleFind(query, matches, occurrences, notes, null);
    }

    @Override
    public void close() {
        try {
            if (reader != null) reader.close();
            dir.close();
        } catch (IOException ignored) {
            // memory only
        }
    }
}
