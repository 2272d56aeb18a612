package kr.maskportal.feed.replay;

import java.time.Instant;
import kr.maskportal.stock.entity.StockBand;

/**
 * What a seller really has at one moment: the truth the lagging feed is measured against.
 *
 * @param remainStat null while the seller has not been stocked today (and is not on a break)
 * @param count      masks left; on a break, the masks held back when selling stopped
 * @param stockAt    when today's delivery arrived, null before it
 */
public record StockState(StockBand remainStat, int count, Instant stockAt) {

    /** True when a resident arriving now could still buy masks. */
    public boolean hasMasks() {
        return remainStat == StockBand.PLENTY || remainStat == StockBand.SOME || remainStat == StockBand.FEW;
    }
}
