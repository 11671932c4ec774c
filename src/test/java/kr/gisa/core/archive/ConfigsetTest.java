package kr.gisa.core.archive;

import kr.gisa.core.analysis.KoreanAnalysis;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The configset holds the schema, solrconfig and the embedded index's own dictionary and synonyms. */
class ConfigsetTest {

    @Test
    void filesAreTheSchemaConfigAndTheShippedAnalysisFiles() {
        Map<String, byte[]> files = Configset.files();
        assertEquals(List.of("solrconfig.xml", "managed-schema.xml", "userdict_ko.txt", "synonyms_ko.txt"), List.copyOf(files.keySet()));
        assertArrayEquals(KoreanAnalysis.resource(KoreanAnalysis.USER_DICTIONARY_RESOURCE).getBytes(StandardCharsets.UTF_8), files.get("userdict_ko.txt"));
        assertArrayEquals(KoreanAnalysis.resource(KoreanAnalysis.SYNONYMS_RESOURCE).getBytes(StandardCharsets.UTF_8), files.get("synonyms_ko.txt"));
        String schema = new String(files.get("managed-schema.xml"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("userDictionary=\"userdict_ko.txt\"") && schema.contains("synonyms=\"synonyms_ko.txt\""));
        String config = new String(files.get("solrconfig.xml"), StandardCharsets.UTF_8);
        assertTrue(config.contains("kr.gisa.solr.GisaQParserPlugin") && config.contains("ExactStatsCache"));
    }

    @Test
    void zipHoldsExactlyTheFilesAndIsReproducible() throws IOException {
        Map<String, byte[]> unzipped = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Configset.zip()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) unzipped.put(e.getName(), in.readAllBytes());
        }
        Map<String, byte[]> files = Configset.files();
        assertEquals(files.keySet(), unzipped.keySet());
        files.forEach((name, bytes) -> assertArrayEquals(bytes, unzipped.get(name), name));
        assertArrayEquals(Configset.zip(), Configset.zip());
    }
}
