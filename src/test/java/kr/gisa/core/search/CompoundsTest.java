package kr.gisa.core.search;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A compound query word reads the compound indexed whole, and finds exactly what the phrase of its parts found. */
class CompoundsTest {

    private static final KoreanAnalysis SHIPPED = KoreanAnalysis.shipped();
    private static final Analyzer INDEX = SHIPPED.indexAnalyzer();

    private static Query parts(String word) {
        return new QueryBuilder(SHIPPED.queryAnalyzer()).createPhraseQuery("text", QueryCompiler.inContext(word), 0);
    }

    private static Query whole(String word) {
        return Compounds.whole(INDEX, "text", QueryCompiler.inContext(word), parts(word));
    }

    @Test
    void compoundsBecomeTermsOrShorterPhrases() {
        assertEquals("text:\"한국 은행\"", parts("한국은행").toString());
        assertEquals("text:한국은행", whole("한국은행").toString());
        assertEquals("text:\"기자 간담회\"", whole("기자간담회").toString());
        assertEquals("text:\"소비자 ? 물가\"", whole("소비자물가").toString()); // 소비자 spans 소비 자
        // a synonym's alternatives: the word's own reading gets its compound, the others stay
        assertEquals("text:semiconductor text:반도체", whole("반도체").toString());
        // no compound in the dictionary: the phrase stays; one token: unchanged
        Query plain = parts("기준금리");
        assertSame(plain, Compounds.whole(INDEX, "text", QueryCompiler.inContext("기준금리"), plain));
        assertInstanceOf(TermQuery.class, whole("총재"));
        assertEquals("text:총재", whole("총재").toString());
        // no index chain (a compiler without one): nothing changes
        Query p = parts("한국은행");
        assertSame(p, Compounds.whole(null, "text", "한국은행 .", p));
    }

    /**
     * Over the real Korean texts in the repository (the stored library and the briefing evaluation set):
     * every compound the index holds, searched whole, finds the same paragraphs as the phrase of its parts.
     */
    @Test
    void sameParagraphsAsThePhraseOfParts() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (String dir : List.of("articles", "src/test/resources/eval/summary")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String line : Files.readString(f).split("\n")) if (!line.isBlank()) paragraphs.add(line);
                }
            }
        }
        Map<String, String> compounds = new TreeMap<>(); // indexed compound -> its text in the paragraph
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(INDEX))) {
            for (String p : paragraphs) {
                Document d = new Document();
                d.add(new Field("text", p, withOffsets()));
                w.addDocument(d);
                collectCompounds(p, compounds);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int rewritten = 0;
            for (Map.Entry<String, String> e : compounds.entrySet()) {
                Query parts = parts(e.getValue());
                Query whole = whole(e.getValue());
                if (whole.equals(parts)) continue;
                rewritten++;
                assertEquals(docs(searcher, parts), docs(searcher, whole), e.getValue() + ": " + parts + " -> " + whole);
            }
            assertTrue(rewritten >= 100, "compounds searched whole: " + rewritten);
            // the highlight span is the whole compound
            Query q = whole("한국은행");
            ScoreDoc first = searcher.search(q, 1).scoreDocs[0];
            Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1);
            Matches m = weight.matches(reader.leaves().get(0), first.doc);
            MatchesIterator it = m.getMatches("text");
            assertTrue(it.next());
            String text = searcher.storedFields().document(first.doc).get("text");
            assertEquals("한국은행", text.substring(it.startOffset(), it.endOffset()));
        }
    }

    @Test
    void wordsApartAreNotTheCompound() throws IOException {
        // 한국 은행들 (Korean banks) is not 한국은행 (the Bank of Korea); the phrase of parts found both
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(INDEX))) {
            for (String p : List.of("한국은행이 기준금리를 동결했다.", "한국 은행들이 대출을 늘렸다.")) {
                Document d = new Document();
                d.add(new Field("text", p, withOffsets()));
                w.addDocument(d);
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertEquals(Set.of(0, 1), docs(searcher, parts("한국은행")));
            assertEquals(Set.of(0), docs(searcher, whole("한국은행")));
        }
    }

    private static FieldType withOffsets() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private static void collectCompounds(String text, Map<String, String> into) throws IOException {
        try (TokenStream ts = INDEX.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (length.getPositionLength() > 1) into.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        }
    }

    private static Set<Integer> docs(IndexSearcher searcher, Query q) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc d : searcher.search(q, Integer.MAX_VALUE / 2).scoreDocs) docs.add(d.doc);
        return docs;
    }
}
