package kr.gisa.core.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Behind Nori in {@code MIXED} mode, keeps a compound noun whole beside its parts (한국은행 at the
 * position of 한국, spanning 한국 은행) and drops the other whole forms that mode adds: inflected
 * verbs (밝혔 beside 밝히 + 었) and pre-analysed entries, which no query looks for.
 *
 * <p>Why index compounds whole: a query word that is a compound then reads one term's postings
 * instead of checking the positions of a phrase of its parts (한국은행 총재 기자간담회 at 100,000
 * articles spent most of its time there). The parts stay indexed, so 자동차 still finds 현대자동차그룹.
 */
public final class CompoundFilter extends FilteringTokenFilter {

    private final PartOfSpeechAttribute pos = addAttribute(PartOfSpeechAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

    public CompoundFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        return length.getPositionLength() <= 1 || pos.getPOSType() == POS.Type.COMPOUND;
    }
}
