package kr.gisa.core.brief;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Nori morphological analysis for the briefing: the content morphemes (nouns, verbs, adjectives)
 * of a text with their offsets. Uses {@link KoreanTokenizer} directly so the part of speech of each
 * morpheme is at hand; compounds are split and inflected verbs come back as their stem
 * (뛰어올랐다 → 뛰어오르/VV), so particles and endings simply drop out.
 */
public final class Morphemes {

    /** The shared user dictionary shipped by the search analysis, when it is on the class path. */
    static final String SHARED_USER_DICT = "/kr/gisa/core/analysis/userdict_ko.txt";
    /** This package's own small dictionary for the names Nori splits apart (엔비디아, 팹리스 …). */
    static final String OWN_USER_DICT = "/kr/gisa/core/brief/userdict_brief.txt";

    private static final Morphemes SHARED = new Morphemes(loadUserDictionary());

    /** One morpheme: its text (a stem for verbs), Nori tag (NNG, NNP, VV …) and offsets in the input. */
    public record Token(String text, String tag, int start, int end) {
        public boolean isNoun() {
            return tag.equals("NNG") || tag.equals("NNP");
        }

        public boolean isProperNoun() {
            return tag.equals("NNP");
        }

        /** Foreign words (GPU, AI) act as nouns in Korean news. */
        public boolean isForeign() {
            return tag.equals("SL");
        }

        public boolean isPredicate() {
            return tag.equals("VV") || tag.equals("VA");
        }

        /** Nouns, proper nouns, foreign words, verb and adjective stems: what a sentence is about. */
        public boolean isContent() {
            return isNoun() || isForeign() || isPredicate() || tag.equals("XR");
        }
    }

    private final UserDictionary userDictionary;

    Morphemes(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    public static Morphemes shared() {
        return SHARED;
    }

    /** Which user dictionary is in use, for diagnostics. */
    public static String userDictionarySource() {
        return Morphemes.class.getResource(SHARED_USER_DICT) != null ? SHARED_USER_DICT : OWN_USER_DICT;
    }

    /** Every morpheme of the text, in order (punctuation dropped). */
    public List<Token> analyze(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        // A tokenizer is not thread-safe and is cheap to build (the dictionaries are singletons).
        try (KoreanTokenizer tok = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                userDictionary, KoreanTokenizer.DecompoundMode.DISCARD, false, true)) {
            CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
            tok.setReader(new StringReader(text));
            tok.reset();
            while (tok.incrementToken()) {
                POS.Tag tag = pos.getLeftPOS();
                out.add(new Token(term.toString(), tag == null ? "UNKNOWN" : tag.name(),
                        off.startOffset(), off.endOffset()));
            }
            tok.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** The content morphemes only, as lower-case terms (verbs as stems). */
    public List<String> contentTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token t : analyze(text)) {
            if (t.isContent()) terms.add(t.text().toLowerCase(java.util.Locale.ROOT));
        }
        return terms;
    }

    static UserDictionary loadUserDictionary() {
        for (String res : List.of(SHARED_USER_DICT, OWN_USER_DICT)) {
            try (InputStream in = Morphemes.class.getResourceAsStream(res)) {
                if (in == null) continue;
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    UserDictionary d = UserDictionary.open(r);
                    if (d != null) return d;
                }
            } catch (IOException | RuntimeException e) {
                // A broken dictionary must not stop briefings: fall through to the next one.
            }
        }
        return null;
    }
}
