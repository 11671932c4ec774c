package kr.gisa.core.search;

import kr.gisa.core.model.Article;
import kr.gisa.core.store.ArticleIds;
import kr.gisa.core.store.Library;
import kr.gisa.core.store.StoreException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings the index in line with the library, article by article: an article whose article.json
 * changed (size/time stamp, then content hash) is re-indexed, a new one added, a vanished one removed.
 * Unchanged articles cost one file stat. An unreadable article keeps its previous entry and is reported.
 */
final class IndexUpdater {

    record Meta(String hash, String stamp) {
    }

    private final Library library;
    private final IndexWriter writer;
    private Map<String, Meta> known;

    IndexUpdater(Library library, IndexWriter writer) {
        this.library = library;
        this.writer = writer;
    }

    UpdateStats update(IndexProgress progress) throws IOException {
        if (known == null) known = readMeta();
        List<String> ids;
        try {
            ids = library.ids();
        } catch (StoreException e) {
            return new UpdateStats(0, 0, 0, 0, List.of(e.getMessage()));
        }
        int added = 0, changed = 0, removed = 0;
        List<String> problems = new java.util.ArrayList<>();
        progress.progress(0, ids.size(), "checking");
        for (int i = 0; i < ids.size(); i++) {
            switch (check(ids.get(i), problems)) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                default -> { }
            }
            if ((i & 15) == 15 || i == ids.size() - 1) {
                progress.progress(i + 1, ids.size(), added + changed > 0 ? "indexing" : "checking");
            }
        }
        Set<String> present = new HashSet<>(ids);
        for (String id : Set.copyOf(known.keySet())) {
            if (present.contains(id)) continue;
            writer.deleteDocuments(new Term(Fields.ID, id), new Term(Fields.META_ID, id));
            known.remove(id);
            removed++;
        }
        return new UpdateStats(ids.size(), added, changed, removed, problems);
    }

    /**
     * Brings one article in line without listing the library: re-indexed if its article.json changed,
     * added if new, removed if its folder or article.json is gone. Other articles are not looked at.
     * {@link UpdateStats#articles()} is the number of articles the index then holds.
     */
    UpdateStats update(String id) throws IOException {
        if (known == null) known = readMeta();
        List<String> problems = new java.util.ArrayList<>();
        if (!ArticleIds.isValid(id)) {
            return new UpdateStats(known.size(), 0, 0, 0, List.of("not indexed: invalid article id \"" + id + "\""));
        }
        if (!Files.isRegularFile(library.root().resolve(id).resolve(Library.ARTICLE_JSON))) {
            if (known.remove(id) == null) return new UpdateStats(known.size(), 0, 0, 0, problems);
            writer.deleteDocuments(new Term(Fields.ID, id), new Term(Fields.META_ID, id));
            return new UpdateStats(known.size(), 0, 0, 1, problems);
        }
        Outcome o = check(id, problems);
        return new UpdateStats(known.size(), o == Outcome.ADDED ? 1 : 0, o == Outcome.CHANGED ? 1 : 0, 0, problems);
    }

    private enum Outcome { SAME, ADDED, CHANGED }

    /** Indexes one listed article if it is new or its content changed; an unreadable one adds a problem. */
    private Outcome check(String id, List<String> problems) throws IOException {
        Path json = library.root().resolve(id).resolve(Library.ARTICLE_JSON);
        try {
            String stamp = Files.size(json) + "/" + Files.getLastModifiedTime(json).toMillis();
            Meta old = known.get(id);
            if (old == null || !old.stamp().equals(stamp)) {
                String hash = sha256(Files.readAllBytes(json));
                Outcome outcome = Outcome.SAME;
                if (old == null || !old.hash().equals(hash)) {
                    Article a = library.load(id);
                    writer.updateDocuments(new Term(Fields.ID, id), Fields.units(a, writer.getAnalyzer()));
                    outcome = old == null ? Outcome.ADDED : Outcome.CHANGED;
                }
                writer.updateDocument(new Term(Fields.META_ID, id), Fields.meta(id, hash, stamp));
                known.put(id, new Meta(hash, stamp));
                return outcome;
            }
        } catch (StoreException e) {
            problems.add("not indexed: " + e.getMessage());
        } catch (IOException e) {
            problems.add("not indexed: cannot read " + json + ": " + Library.describe(e));
        }
        return Outcome.SAME;
    }

    /**
     * Every article's meta document, walked through the postings of {@code type:meta} leaf by leaf
     * (no top-N queue sized to the index), its values read from doc values (no stored-field blocks).
     */
    private Map<String, Meta> readMeta() throws IOException {
        return readMeta(writer);
    }

    static Map<String, Meta> readMeta(IndexWriter writer) throws IOException {
        Map<String, Meta> out = new HashMap<>();
        Term meta = new Term(Fields.TYPE, Fields.META);
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum docs = leaf.reader().postings(meta, PostingsEnum.NONE);
                if (docs == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues ids = DocValues.getBinary(leaf.reader(), Fields.META_ID);
                BinaryDocValues hashes = DocValues.getBinary(leaf.reader(), Fields.HASH);
                BinaryDocValues stamps = DocValues.getBinary(leaf.reader(), Fields.STAMP);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    if (!ids.advanceExact(doc) || !hashes.advanceExact(doc) || !stamps.advanceExact(doc)) continue;
                    out.put(ids.binaryValue().utf8ToString(),
                            new Meta(hashes.binaryValue().utf8ToString(), stamps.binaryValue().utf8ToString()));
                }
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
