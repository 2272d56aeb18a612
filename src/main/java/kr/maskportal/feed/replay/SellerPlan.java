package kr.maskportal.feed.replay;

/**
 * One seller's drawn day, in seconds since the start of the sales day (Korea time). The remaining count falls
 * linearly from {@code quantity} at the delivery to {@code surgeLeft} when the morning queue has been served,
 * then linearly to zero at {@code soldOut}; from {@code breakFrom} on, selling stops and the count freezes.
 *
 * @param delivery  {@link #NO_DELIVERY} when the seller gets no masks today
 * @param breakFrom {@link #NO_BREAK} when the seller sells all day; 0 when it does not sell at all today
 */
record SellerPlan(int delivery, int quantity, int surgeEnd, int surgeLeft, int soldOut, int breakFrom) {

    static final int NO_DELIVERY = -1;
    static final int NO_BREAK = Integer.MAX_VALUE;

    static SellerPlan nothingToday() {
        return new SellerPlan(NO_DELIVERY, 0, 0, 0, 0, NO_BREAK);
    }

    static SellerPlan breakAllDay() {
        return new SellerPlan(NO_DELIVERY, 0, 0, 0, 0, 0);
    }

    SellerPlan withBreakFrom(int second) {
        return new SellerPlan(delivery, quantity, surgeEnd, surgeLeft, soldOut, second);
    }
}
