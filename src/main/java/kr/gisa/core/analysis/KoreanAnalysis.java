package kr.gisa.core.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The analysis set-up for one library: the shipped user dictionary and synonyms
 * ({@code /kr/gisa/core/analysis/userdict_ko.txt}, {@code synonyms_ko.txt}) extended by the user's
 * own files in the library folder, {@code userdict_ko.txt} and {@code synonyms.txt}.
 * A broken user file never stops search: it is skipped with a warning.
 *
 * <p>User dictionary format (Nori): one word per line ({@code 엔비디아}), or a compound followed by
 * its parts ({@code 데이터센터 데이터 센터}); {@code #} starts a comment. Synonyms (Solr format):
 * {@code nvidia, 엔비디아} makes every word of the line find the others; {@code a => b} rewrites one way.
 */
public final class KoreanAnalysis {

    public static final String USER_DICTIONARY_RESOURCE = "/kr/gisa/core/analysis/userdict_ko.txt";
    public static final String SYNONYMS_RESOURCE = "/kr/gisa/core/analysis/synonyms_ko.txt";
    /** File names of the user's extensions inside the library folder. */
    public static final String USER_DICTIONARY_FILE = "userdict_ko.txt";
    public static final String SYNONYMS_FILE = "synonyms.txt";

    private final UserDictionary dictionary;
    private final String dictionaryText;
    private final SynonymMap synonyms;
    private final List<String> warnings;

    private KoreanAnalysis(UserDictionary dictionary, String dictionaryText, SynonymMap synonyms, List<String> warnings) {
        this.dictionary = dictionary;
        this.dictionaryText = dictionaryText;
        this.synonyms = synonyms;
        this.warnings = List.copyOf(warnings);
    }

    /** Shipped files only. */
    public static KoreanAnalysis shipped() {
        return forLibrary(null);
    }

    /** Shipped files plus the user's files in {@code libraryRoot} (which may be null). */
    public static KoreanAnalysis forLibrary(Path libraryRoot) {
        List<String> warnings = new ArrayList<>();
        String shippedDict = resource(USER_DICTIONARY_RESOURCE);
        String dictText = shippedDict;
        UserDictionary dict = openDictionary(shippedDict);
        String userDict = userFile(libraryRoot, USER_DICTIONARY_FILE, warnings);
        if (userDict != null) {
            try {
                UserDictionary merged = openDictionary(shippedDict + "\n" + userDict);
                dict = merged;
                dictText = shippedDict + "\n" + userDict;
            } catch (RuntimeException e) {
                warnings.add(libraryRoot.resolve(USER_DICTIONARY_FILE) + " is not a valid user dictionary ("
                        + e.getMessage() + "); using the shipped one");
            }
        }
        Analyzer plain = new KoreanAnalyzer(dict, null);
        SynonymMap syn = parseSynonyms(plain, resource(SYNONYMS_RESOURCE), null);
        String userSyn = userFile(libraryRoot, SYNONYMS_FILE, warnings);
        if (userSyn != null) {
            try {
                syn = parseSynonyms(plain, resource(SYNONYMS_RESOURCE), userSyn);
            } catch (RuntimeException e) {
                warnings.add(libraryRoot.resolve(SYNONYMS_FILE) + " is not a valid synonyms file ("
                        + e.getMessage() + "); using the shipped one");
            }
        }
        return new KoreanAnalysis(dict, dictText, syn, warnings);
    }

    /** The chain for indexing: compounds whole beside their parts, no synonyms. */
    public Analyzer indexAnalyzer() {
        return KoreanAnalyzer.forIndex(dictionary);
    }

    /** The chain for queries: parts only, with synonyms. */
    public Analyzer queryAnalyzer() {
        return new KoreanAnalyzer(dictionary, synonyms);
    }

    public UserDictionary userDictionary() {
        return dictionary;
    }

    /** Problems with the user's files, one line each. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Changes whenever indexed tokens could change (user dictionary contents, chain version): an index
     * built with another fingerprint is rebuilt.
     */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("chain-5\n" + dictionaryText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserDictionary openDictionary(String text) {
        try {
            return UserDictionary.open(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shipped rules, then the user's (parsed on their own, so an error names the user file's line). */
    private static SynonymMap parseSynonyms(Analyzer analyzer, String shipped, String user) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(Normalizer.normalize(shipped, Normalizer.Form.NFC)));
            if (user != null) parser.parse(new StringReader(Normalizer.normalize(user, Normalizer.Form.NFC)));
            return parser.build();
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    private static String userFile(Path libraryRoot, String name, List<String> warnings) {
        if (libraryRoot == null) return null;
        Path file = libraryRoot.resolve(name);
        if (!Files.isRegularFile(file)) return null;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            warnings.add(file + " is not UTF-8 text; using the shipped one");
            return null;
        } catch (IOException e) {
            warnings.add("cannot read " + file + " (" + e.getMessage() + "); using the shipped one");
            return null;
        }
    }

    /** A text resource shipped in the jar. */
    public static String resource(String name) {
        try (InputStream in = KoreanAnalysis.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
