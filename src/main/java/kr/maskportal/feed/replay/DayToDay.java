package kr.maskportal.feed.replay;

/**
 * How far a seller's day strays from its {@link SellerHabit}: the delivery comes up to {@code deliveryMinutes}
 * earlier or later (traffic, the wholesaler's loading), and the queue and the sales after it go up to
 * {@code paceFactor} times faster or slower (weather, which birth years may buy that day). Both are drawn evenly
 * within their range each day, the pace on a log scale, so faster and slower are equally likely.
 *
 * @param deliveryMinutes the most a delivery strays from the usual hour, in minutes
 * @param paceFactor      the most a day's selling is faster or slower than usual, as a factor of at least 1
 */
public record DayToDay(int deliveryMinutes, double paceFactor) {

    /**
     * Plausible rather than measured, like the rest of the replay: half an hour either way for a delivery, a quarter
     * faster or slower for the selling. The forecasts' backtest shows what wider and narrower ranges do.
     */
    public static final DayToDay USUAL = new DayToDay(30, 1.25);

    public DayToDay {
        if (deliveryMinutes < 0 || !(paceFactor >= 1)) {
            throw new IllegalArgumentException("no negative stray and a factor of at least 1: " + deliveryMinutes
                    + ", " + paceFactor);
        }
    }

    /** This variation {@code times} as wide: 0 makes every day its seller's habit. */
    public DayToDay scaled(double times) {
        if (!(times >= 0)) {
            throw new IllegalArgumentException("a scale is never negative: " + times);
        }
        return new DayToDay((int) Math.round(deliveryMinutes * times), Math.pow(paceFactor, times));
    }
}
