package kr.gisa.core.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as space-separated words (eojeol), each split by Nori into its stem and its trailing
 * particle: "삼성전자와" → 삼성전자 + 와, "SK그룹," → SK그룹 (punctuation dropped). Figures, quotes and
 * names read the sentence at this level.
 */
final class Words {

    /** One word: its text and offsets in the sentence, the stem before any particle, the particle. */
    record Word(String text, int start, int end, String stem, String particle, List<Morphemes.Token> tokens) {
        /** A word with no particle and no ending: a bare noun or determiner inside a noun phrase. */
        boolean isBare() {
            return particle.isEmpty() && tokens.stream().noneMatch(t -> t.tag().equals("E") || t.tag().equals("J"))
                    && !tokens.isEmpty() && tokens.stream().allMatch(t -> t.isNoun() || t.isForeign()
                    || t.tag().equals("MM") || t.tag().equals("NNB") || t.tag().equals("NR") || t.tag().equals("SN")
                    || t.tag().equals("XSN") || t.tag().equals("XPN") || t.tag().equals("UNKNOWN") || t.tag().equals("SH"));
        }

        boolean endsWithComma() {
            return text.endsWith(",") || text.endsWith("·");
        }

        boolean hasParticle(String... any) {
            for (String p : any) if (particle.equals(p)) return true;
            return false;
        }
    }

    private Words() {
    }

    static List<Word> of(ArticleText.Unit unit) {
        return of(unit.text(), unit.tokens());
    }

    static List<Word> of(String text, List<Morphemes.Token> tokens) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            int e = i;
            List<Morphemes.Token> mine = new ArrayList<>();
            for (Morphemes.Token t : tokens) if (t.start() >= s && t.end() <= e) mine.add(t);
            int stemEnd = s;
            int k = mine.size();
            while (k > 0 && mine.get(k - 1).tag().equals("J")) k--;
            if (k > 0) stemEnd = mine.get(k - 1).end();
            int stemStart = mine.isEmpty() ? s : Math.min(mine.get(0).start(), stemEnd);
            String stem = text.substring(stemStart, stemEnd);
            String particle = k < mine.size() ? text.substring(mine.get(k).start(), mine.get(mine.size() - 1).end()) : "";
            out.add(new Word(text.substring(s, e), s, e, stem, particle, List.copyOf(mine)));
        }
        return out;
    }
}
