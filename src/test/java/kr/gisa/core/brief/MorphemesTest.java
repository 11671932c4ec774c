package kr.gisa.core.brief;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MorphemesTest {

    @Test
    void contentMorphemesDropParticlesAndEndings() {
        List<String> terms = Morphemes.shared().contentTerms("대한민국이 엔비디아 GPU 보유 3위국으로 뛰어올랐다.");
        assertTrue(terms.contains("엔비디아"), terms.toString());
        assertTrue(terms.contains("gpu"));
        assertTrue(terms.contains("뛰어오르"), "verbs come back as stems: " + terms);
        assertFalse(terms.contains("이") || terms.contains("으로") || terms.contains("다"));
    }

    @Test
    void userDictionaryKeepsNamesWhole() {
        for (String name : List.of("엔비디아", "팹리스", "쿠다", "소버린", "하이퍼클로바X")) {
            List<Morphemes.Token> t = Morphemes.shared().analyze(name + "는");
            assertEquals(name, t.get(0).text(), Morphemes.userDictionarySource() + ": " + t);
        }
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "삼성전자와 SK그룹, 네이버에 각 5만장을";
        for (Morphemes.Token t : Morphemes.shared().analyze(text)) {
            assertTrue(t.start() >= 0 && t.end() <= text.length() && t.start() < t.end(), t.toString());
        }
    }
}
