package kr.maskportal.feed.replay;

/**
 * What one seller does day after day, drawn once from its code and the replay's seed, never from the date: its
 * place in the wholesaler's round, the masks it is allotted, and how fast its neighbourhood buys them. In 2020 a
 * pharmacy's masks came on the same route at much the same hour every day and the same neighbours queued for them,
 * which is why pharmacists could tell callers when they would run out; a day's {@link SellerPlan} varies around
 * these by {@link DayToDay}.
 *
 * @param delivery     the usual delivery, in seconds since the start of the day (Korea time)
 * @param quantity     the masks it is usually allotted
 * @param surgeShare   the usual share of them the waiting queue takes
 * @param surgeMinutes how long the queue usually takes to be served
 * @param restMinutes  how long the rest usually takes to sell after that
 */
record SellerHabit(int delivery, int quantity, double surgeShare, int surgeMinutes,
        int restMinutes) {
}
