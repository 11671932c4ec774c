package kr.gisa.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: what Lucene and Nori do alone, without Gisa's code. One document per article with
 * its id and its text in one stored, analyzed field, indexed by a plain {@link IndexWriter} loop with
 * the same analyzer Gisa indexes with (or the same loop on several threads, to compare with Gisa's
 * parallel build); searched with the classic query parser (AND), top 10, ids read,
 * no highlighting; updated with {@code updateDocument} and a near-real-time reopen.
 */
final class BareLucene implements Closeable {

    static final String ID = "id";
    static final String BODY = "body";

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;

    private BareLucene(Analyzer analyzer, Directory directory) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
    }

    /** An empty index in {@code dir}. */
    static BareLucene create(Analyzer analyzer, Path dir) throws IOException {
        return new BareLucene(analyzer, FSDirectory.open(dir));
    }

    static Document doc(String id, String text) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new TextField(BODY, text, Field.Store.YES));
        return d;
    }

    /** The whole build: every text added, then committed. */
    void build(List<String> ids, List<String> texts) throws IOException {
        build(ids, texts, 1);
    }

    /**
     * The whole build on {@code threads} threads, each adding the next text until none is left (the
     * usual way to feed a thread-safe IndexWriter from several cores), then committed.
     */
    void build(List<String> ids, List<String> texts, int threads) throws IOException {
        if (threads <= 1) {
            for (int i = 0; i < ids.size(); i++) writer.addDocument(doc(ids.get(i), texts.get(i)));
        } else {
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Void>> futures = new ArrayList<>();
                for (int k = 0; k < threads; k++) {
                    futures.add(pool.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < ids.size(); ) {
                            writer.addDocument(doc(ids.get(i), texts.get(i)));
                        }
                        return null;
                    }));
                }
                for (Future<Void> f : futures) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        writer.commit();
        reader = DirectoryReader.open(writer);
    }

    /** Replaces (or adds) one article and reopens, so the next search sees it. */
    void update(String id, String text) throws IOException {
        writer.updateDocument(new Term(ID, id), doc(id, text));
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            reader.close();
            reader = fresh;
        }
    }

    /** Parses and runs a query; the ids of the top {@code n} hits. */
    List<String> search(String query, int n) throws IOException {
        QueryParser parser = new QueryParser(BODY, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top;
        try {
            top = searcher.search(parser.parse(query), n);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad baseline query " + query + ": " + e.getMessage(), e);
        }
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) ids.add(stored.document(sd.doc).get(ID));
        return ids;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
        writer.close();
        directory.close();
    }
}
