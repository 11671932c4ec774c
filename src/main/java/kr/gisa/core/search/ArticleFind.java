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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Find in one article (Ctrl+F): every place a query matches, in reading order — title, subtitles,
 * then per section its heading, paragraphs and captions — with the exact spans. The article is
 * indexed in memory with the same schema and analysis as the library index, so the highlights are
 * the ones a library search would show. All positive words count (as if ORed): in one article the
 * reader wants to see every occurrence, not only paragraphs holding all words.
 *
 * @param matches     the units with at least one span, in reading order
 * @param occurrences every span in reading order, for stepping with an "n / N" counter
 */
public record ArticleFind(String query, List<Match> matches, List<Occurrence> occurrences, List<String> notes,
                          String error) {

    /** A unit of the article with its spans. {@code field}, {@code section}, {@code paragraph} as in {@link SearchHit}. */
    public record Match(String field, int section, int paragraph, String text, List<Span> spans) {
        public Match {
            spans = List.copyOf(spans);
        }
    }

    /** One highlighted place: which unit (index into matches) and which span. */
    public record Occurrence(int match, String field, int section, int paragraph, Span span) {
    }

    public ArticleFind {
        matches = List.copyOf(matches);
        occurrences = List.copyOf(occurrences);
        notes = List.copyOf(notes);
    }

    /** Number of highlighted places (the N of "n / N"). */
    public int count() {
        return occurrences.size();
    }

    /** Finds {@code query} in {@code article}. Never throws: a bad query gives {@link #error()}. */
    public static ArticleFind in(Article article, String query, KoreanAnalysis analysis) {
        List<String> notes = new ArrayList<>();
        String[] error = new String[1];
        Query highlight = new QueryRunner(analysis).highlightQuery(query, notes, error);
        if (error[0] != null) return new ArticleFind(query, List.of(), List.of(), notes, error[0]);
        List<Document> docs = Fields.units(article);
        List<Match> matches = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Fields.indexAnalyzer(analysis)))) {
                w.addDocuments(docs); // one segment, documents in reading order
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Highlights hl = new Highlights(searcher, highlight);
                for (int doc = 0; doc < docs.size(); doc++) {
                    Document d = docs.get(doc);
                    List<Span> spans = hl.spans(doc, d.get(Fields.KIND));
                    if (spans.isEmpty()) continue;
                    Match m = new Match(d.get(Fields.KIND), d.getField(Fields.SECTION_NO).numericValue().intValue(),
                            d.getField(Fields.PARAGRAPH_NO).numericValue().intValue(), d.get(Fields.TEXT), spans);
                    for (Span s : spans) occurrences.add(new Occurrence(matches.size(), m.field(), m.section(), m.paragraph(), s));
                    matches.add(m);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new ArticleFind(query, List.of(), List.of(), notes, "cannot search this article: " + e.getMessage());
        }
        return new ArticleFind(query, matches, occurrences, notes, null);
    }
}
