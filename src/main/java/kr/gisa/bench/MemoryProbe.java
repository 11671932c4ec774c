package kr.gisa.bench;

import kr.gisa.core.analysis.KoreanAnalysis;
import kr.gisa.core.search.IndexProgress;
import kr.gisa.core.search.SearchIndex;
import kr.gisa.core.search.SearchResult;
import kr.gisa.core.store.Library;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.nio.file.Path;

/**
 * Child-JVM probe for peak memory: opens a library and searches once, then prints the process's
 * peak resident set (VmHWM). {@code gisa LIBRARY INDEX QUERY} opens Gisa's {@link SearchIndex} (which
 * checks every article for changes, as at start-up) and searches with highlights;
 * {@code bare INDEX QUERY} opens the bare index with Lucene alone and searches without.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        long hits;
        if (args[0].equals("gisa")) {
            Library library = new Library(Path.of(args[1]));
            try (SearchIndex index = SearchIndex.open(library, Path.of(args[2]), IndexProgress.NONE)) {
                SearchResult r = index.search(args[3], 10);
                if (r.error() != null) throw new IllegalStateException(r.error());
                hits = r.total();
                print(hits);
            }
        } else {
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[1])))) {
                QueryParser parser = new QueryParser(BareLucene.BODY, KoreanAnalysis.shipped().indexAnalyzer());
                parser.setDefaultOperator(QueryParser.Operator.AND);
                IndexSearcher s = new IndexSearcher(reader);
                TopDocs top = s.search(parser.parse(args[2]), 10);
                for (ScoreDoc sd : top.scoreDocs) s.storedFields().document(sd.doc).get(BareLucene.ID);
                print(top.totalHits.value);
            }
        }
    }

    private static void print(long hits) {
        long[] kb = ChildJvm.residentKb();
        System.out.println("hits=" + hits);
        System.out.println("vmhwm_kb=" + kb[0]);
        System.out.println("vmrss_kb=" + kb[1]);
    }
}
