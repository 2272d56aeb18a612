package kr.maskportal.seller.control;

import kr.maskportal.stock.control.merge.EffectiveStatus;

/** A seller of a district with its effective status, as the district page sorts, filters and counts them. */
public record ListedSeller(DirectorySeller seller, EffectiveStatus status) {

    /** Masks there and the queue does not look longer than them: what "only where masks are likely" keeps. */
    public boolean masksLikely() {
        return status.status().hasMasks() && !status.likelySoldOutBeforeYourTurn();
    }
}
