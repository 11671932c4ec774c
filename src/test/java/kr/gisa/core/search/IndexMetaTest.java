package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading the per-article meta documents at open: every live one, across segments, nothing else. */
class IndexMetaTest {

    @Test
    void readsEveryLiveMetaDocumentAcrossSegments() throws Exception {
        int n = 2_500;
        IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer(KoreanAnalysis.shipped()))
                .setMergePolicy(NoMergePolicy.INSTANCE); // keep several segments and the deleted documents
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < n; i++) {
                String id = "a" + i;
                Document unit = new Document();
                unit.add(new StringField(Fields.ID, id, Field.Store.YES));
                unit.add(new StringField(Fields.TYPE, Fields.UNIT, Field.Store.NO));
                writer.addDocument(unit);
                writer.addDocument(Fields.meta(id, "old" + i, "1/1"));
                if (i % 700 == 699) writer.commit(); // a new segment
            }
            for (int i = 0; i < n; i += 3) { // replaced: the old meta documents are deleted, not read
                writer.updateDocument(new Term(Fields.META_ID, "a" + i), Fields.meta("a" + i, "new" + i, "2/2"));
            }
            writer.deleteDocuments(new Term(Fields.META_ID, "a1"));

            Map<String, IndexUpdater.Meta> meta = IndexUpdater.readMeta(writer);

            assertEquals(n - 1, meta.size());
            assertEquals(new IndexUpdater.Meta("new0", "2/2"), meta.get("a0"));
            assertEquals(new IndexUpdater.Meta("old2", "1/1"), meta.get("a2"));
            assertEquals(new IndexUpdater.Meta("new" + (n - 1 - (n - 1) % 3), "2/2"), meta.get("a" + (n - 1 - (n - 1) % 3)));
            assertEquals(null, meta.get("a1"));
        }
    }
}
