package kr.gisa.core.archive;

import kr.gisa.core.analysis.KoreanAnalysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configset of a Gisa archive, as uploaded to a cluster (name {@link #NAME}): the schema and
 * solrconfig shipped in {@code /kr/gisa/solr/configset/}, plus the user dictionary and synonyms taken
 * from the very resources the embedded index reads ({@link KoreanAnalysis#USER_DICTIONARY_RESOURCE},
 * {@link KoreanAnalysis#SYNONYMS_RESOURCE}), so the two engines can never use different files.
 */
public final class Configset {

    /** The configset's name on the cluster. */
    public static final String NAME = "gisa";
    static final String DIR = "/kr/gisa/solr/configset/";
    /** Names inside the configset of the two analysis files. */
    public static final String USER_DICTIONARY = "userdict_ko.txt";
    public static final String SYNONYMS = "synonyms_ko.txt";

    private Configset() {
    }

    /** File name → contents, in a stable order. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("solrconfig.xml", resource(DIR + "solrconfig.xml"));
        files.put("managed-schema.xml", resource(DIR + "managed-schema.xml"));
        files.put(USER_DICTIONARY, resource(KoreanAnalysis.USER_DICTIONARY_RESOURCE));
        files.put(SYNONYMS, resource(KoreanAnalysis.SYNONYMS_RESOURCE));
        return files;
    }

    /** The configset as a zip, the form {@code ConfigSetAdminRequest.Upload} sends. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files().entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L); // the same bytes on every build
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Configset.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
