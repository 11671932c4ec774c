package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.model.Article;
import kr.gisa.core.model.Paragraph;
import kr.gisa.core.model.Photo;
import kr.gisa.core.model.Section;
import kr.gisa.testing.Seed;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The title, headings, captions and publisher are analyzed once per article and their tokens replayed
 * on each unit document: the index must hold exactly what analyzing each field's text would give —
 * same terms, frequencies, positions, offsets, norms and stored values.
 */
class PreAnalyzedFieldsTest {

    private final Analyzer analyzer = Fields.indexAnalyzer(KoreanAnalysis.shipped());

    @Test
    void replayedFieldsIndexExactlyAsAnalyzedText() throws IOException {
        List<Article> articles = List.of(Seed.article(), edgeCases());
        List<Document> replayed = new ArrayList<>();
        List<Document> analyzed = new ArrayList<>();
        int replays = 0;
        for (Article a : articles) {
            for (Document d : Fields.units(a, analyzer)) {
                replayed.add(d);
                Document plain = new Document();
                for (IndexableField f : d.getFields()) {
                    if (f instanceof Field field && field.tokenStreamValue() instanceof AnalyzedText.Replay r) {
                        plain.add(new Field(f.name(), r.text(), (FieldType) f.fieldType()));
                        replays++;
                    } else {
                        plain.add(f);
                    }
                }
                analyzed.add(plain);
            }
        }
        assertTrue(replays > 20, "the title, headings, captions and publisher are replayed: " + replays);
        // the plain copies hold every original field too, so index them first: a replay is consumed once
        try (ByteBuffersDirectory a = index(analyzed); ByteBuffersDirectory b = index(replayed);
             DirectoryReader expected = DirectoryReader.open(a); DirectoryReader actual = DirectoryReader.open(b)) {
            assertEquals(1, expected.leaves().size());
            assertEquals(1, actual.leaves().size());
            assertSameIndex(expected.leaves().get(0).reader(), actual.leaves().get(0).reader());
        }
    }

    @Test
    void aReplayCanBeReadAgainAfterReset() throws IOException {
        AnalyzedText t = AnalyzedText.of(analyzer, Fields.TITLE, "엔비디아, HBM 26만장 공급");
        assertTrue(t.size() >= 4);
        List<String> first = QueryCompiler.terms(analyzer, Fields.TITLE, t.text());
        List<String> replayed = new ArrayList<>();
        var ts = t.stream();
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        for (int round = 0; round < 2; round++) {
            replayed.clear();
            ts.reset();
            while (ts.incrementToken()) replayed.add(term.toString());
            ts.end();
            assertEquals(first, replayed);
        }
        ts.close();
    }

    private static Article edgeCases() {
        String nfd = Normalizer.normalize("반도체 공급", Normalizer.Form.NFD);
        return new Article("edgecase00000001", "삼성전자의 HBM 26만장 공급 계약, NVIDIA에", List.of("두 번째 부제: 260,000장"),
                null, null, null, "2026-01-02", null, null, List.of(
                new Section(null, List.of(new Paragraph("리드 문단은 제목 없이 " + nfd + "을 말한다."),
                        new Photo("사진 설명: 엔비디아 본사", null, "a.jpg"), new Photo(" ", null, "b.jpg"),
                        new Photo("두 번째 캡션", null, "c.jpg"))),
                new Section("  ", List.of(new Paragraph("빈 제목 아래 문단."))),
                new Section("데이터센터 투자와 현대자동차그룹", List.of(new Paragraph("그룹은 26만 대를 팔았다."),
                        new Photo("현대자동차그룹 사옥", null, "d.jpg")))));
    }

    private ByteBuffersDirectory index(List<Document> docs) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            w.addDocuments(docs);
        }
        return dir;
    }

    private static void assertSameIndex(LeafReader expected, LeafReader actual) throws IOException {
        assertEquals(expected.maxDoc(), actual.maxDoc());
        List<String> names = new ArrayList<>();
        for (FieldInfo fi : expected.getFieldInfos()) {
            names.add(fi.name);
            FieldInfo other = actual.getFieldInfos().fieldInfo(fi.name);
            assertNotNull(other, fi.name);
            assertEquals(fi.getIndexOptions(), other.getIndexOptions(), fi.name);
            assertEquals(fi.hasNorms(), other.hasNorms(), fi.name);
            assertEquals(fi.getDocValuesType(), other.getDocValuesType(), fi.name);
        }
        assertEquals(expected.getFieldInfos().size(), actual.getFieldInfos().size());
        for (String field : names) {
            assertSamePostings(field, expected.terms(field), actual.terms(field));
            NumericDocValues en = expected.getNormValues(field), an = actual.getNormValues(field);
            assertEquals(en == null, an == null, field);
            if (en != null) {
                for (int doc = en.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = en.nextDoc()) {
                    assertEquals(doc, an.nextDoc(), field);
                    assertEquals(en.longValue(), an.longValue(), field + " norm of " + doc);
                }
                assertEquals(DocIdSetIterator.NO_MORE_DOCS, an.nextDoc(), field);
            }
        }
        for (int doc = 0; doc < expected.maxDoc(); doc++) {
            Document e = expected.storedFields().document(doc), a = actual.storedFields().document(doc);
            assertEquals(e.getFields().size(), a.getFields().size(), "stored fields of " + doc);
            for (IndexableField f : e.getFields()) {
                assertEquals(List.of(e.getValues(f.name())), List.of(a.getValues(f.name())), f.name() + " of " + doc);
            }
        }
    }

    private static void assertSamePostings(String field, Terms expected, Terms actual) throws IOException {
        assertEquals(expected == null, actual == null, field);
        if (expected == null) return;
        TermsEnum e = expected.iterator(), a = actual.iterator();
        int terms = 0;
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            assertEquals(t.utf8ToString(), a.next() == null ? null : a.term().utf8ToString(), field);
            PostingsEnum ep = e.postings(null, PostingsEnum.ALL), ap = a.postings(null, PostingsEnum.ALL);
            for (int doc = ep.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ep.nextDoc()) {
                String where = field + ":" + t.utf8ToString() + " in " + doc;
                assertEquals(doc, ap.nextDoc(), where);
                assertEquals(ep.freq(), ap.freq(), where);
                for (int i = 0; i < ep.freq(); i++) {
                    assertEquals(ep.nextPosition(), ap.nextPosition(), where);
                    assertEquals(ep.startOffset(), ap.startOffset(), where);
                    assertEquals(ep.endOffset(), ap.endOffset(), where);
                }
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, ap.nextDoc(), field);
            terms++;
        }
        assertEquals(null, a.next(), field);
        assertTrue(terms > 0 || field.equals(Fields.PUBLISHER), field);
    }
}
