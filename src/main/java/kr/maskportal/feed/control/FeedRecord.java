package kr.maskportal.feed.control;

/**
 * One record of a feed page as it came, every field as trimmed text or null. Which fields an endpoint fills is in
 * {@link FeedEndpoint}; checking them is the validators' job, so that a bad field costs a record, never a page.
 * Numbers are kept as their digits ({@code 12345678}), strings as given ({@code "01234567"} keeps its zero).
 *
 * @param type       the seller type code, e.g. {@code 01}
 * @param remainStat the feed's {@code remain_stat}
 * @param stockAt    the feed's {@code stock_at}, {@code yyyy/MM/dd HH:mm:ss} in Korea
 * @param createdAt  the feed's {@code created_at}, same format
 */
public record FeedRecord(String code, String name, String address, String type, String latitude,
                         String longitude, String stockAt, String remainStat, String createdAt) {

    public static FeedRecord sale(String code, String stockAt, String remainStat, String createdAt) {
        return new FeedRecord(code, null, null, null, null, null, stockAt, remainStat, createdAt);
    }

    public static FeedRecord store(String code, String name, String address, String type, String latitude,
                                   String longitude) {
        return new FeedRecord(code, name, address, type, latitude, longitude, null, null, null);
    }
}
