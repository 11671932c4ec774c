package kr.gisa.core.search;

import org.apache.lucene.index.DirectoryReader;

/**
 * One in-memory index of 400 generated articles and the stored one, sorted by boost and in several
 * segments, built once for the test classes that only read it (it lives as long as the test JVM).
 */
final class GeneratedUnits {

    private static DirectoryReader sorted;

    private GeneratedUnits() {
    }

    static synchronized DirectoryReader sorted() throws Exception {
        if (sorted == null) sorted = KindBoostQueryTest.build(true);
        return sorted;
    }
}
