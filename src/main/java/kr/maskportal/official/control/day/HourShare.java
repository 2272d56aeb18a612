package kr.maskportal.official.control.day;

/**
 * The district's sellers by their effective status at the end of one hour of the day: at the last instant before
 * the hour was over (09:59:59.999… for the hour from 09:00), from what the feed and the pharmacists had said before.
 * Every seller of the district is in exactly one of the four counts.
 *
 * @param hour       0 to 23, Korea time: the hour from {@code hour}:00 to {@code hour + 1}:00
 * @param withMasks  shown with masks (plenty, some, few: {@code ShownStatus.hasMasks()})
 * @param soldOut    shown as sold out
 * @param notSelling shown as not selling today (break)
 * @param unknown    shown as "unknown" (the feed's word too old to be a colour) or with no data at all
 */
public record HourShare(int hour, int withMasks, int soldOut, int notSelling, int unknown) {

    public int sellers() {
        return withMasks + soldOut + notSelling + unknown;
    }

    /** Of all the district's sellers, in percent; 0 for a district without sellers. */
    public double withMasksPercent() {
        return percent(withMasks);
    }

    public double unknownPercent() {
        return percent(unknown);
    }

    private double percent(int count) {
        return sellers() == 0 ? 0 : 100.0 * count / sellers();
    }
}
