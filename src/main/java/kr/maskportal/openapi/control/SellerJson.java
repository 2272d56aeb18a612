package kr.maskportal.openapi.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.entity.StockBand;

/**
 * One seller's record in the 2020 feed's JSON, in three pieces from which every endpoint's record is put together
 * without writing JSON per request: its code ({@code "code":"…"}), its store fields ({@code ,"name":…} up to
 * {@code lng}) and its sale fields ({@code ,"stock_at":…} and the fields the portal adds). A {@code storeInfos}
 * record is code and store, a {@code sales} record code and sale, a {@code stores} record all three. Every field is
 * always there; what is not known is {@code null}.
 */
final class SellerJson {

    private SellerJson() {
    }

    static byte[] code(DirectorySeller seller) {
        return bytes(JsonText.string(JsonText.member(new StringBuilder(24), "code"), seller.getCode()));
    }

    static byte[] store(DirectorySeller seller) {
        var out = new StringBuilder(160);
        JsonText.string(JsonText.member(out.append(','), "name"), seller.getName());
        JsonText.string(JsonText.member(out.append(','), "addr"), seller.getAddress());
        JsonText.string(JsonText.member(out.append(','), "type"), seller.getType().code());
        GeoPoint at = seller.getLocation();
        JsonText.number(JsonText.member(out.append(','), "lat"), at == null ? null : at.latitude());
        JsonText.number(JsonText.member(out.append(','), "lng"), at == null ? null : at.longitude());
        return bytes(out);
    }

    /**
     * The 2020 sale fields with the effective status in place of the feed's, then the portal's own fields.
     * {@code created_at} is the moment the status rests on, so "updated N minutes ago" stays true after a
     * pharmacist's report; {@code stock_at} is the feed's delivery time.
     */
    static byte[] sale(EffectiveStatus status, FeedTimes times) {
        var out = new StringBuilder(220);
        JsonText.string(JsonText.member(out.append(','), "stock_at"), times.text(status.deliveredAt()));
        JsonText.string(JsonText.member(out.append(','), "remain_stat"), remainStat(status));
        JsonText.string(JsonText.member(out.append(','), "created_at"), times.text(status.evidenceAt()));
        JsonText.member(out.append(','), "queue_length")
                .append(status.queue() == null ? "null" : Integer.toString(status.queue().people()));
        JsonText.string(JsonText.member(out.append(','), "queue_reported_at"),
                times.text(status.queue() == null ? null : status.queue().reportedAt()));
        JsonText.string(JsonText.member(out.append(','), "source"), source(status));
        JsonText.member(out.append(','), "stale").append(isStale(status));
        JsonText.string(JsonText.member(out.append(','), "reported_at"), times.text(status.reportedAt()));
        JsonText.string(JsonText.member(out.append(','), "notice"),
                status.notice() == null ? null : status.notice().text());
        return bytes(out);
    }

    /** The feed's code of the effective status; null where residents are shown no colour (unknown, no data). */
    static String remainStat(EffectiveStatus status) {
        StockBand band = switch (status.status()) {
            case PLENTY -> StockBand.PLENTY;
            case SOME -> StockBand.SOME;
            case FEW -> StockBand.FEW;
            // rule 8: a forecast is published as the feed's own word for no masks, its source saying why
            case EMPTY, LIKELY_SOLD_OUT -> StockBand.EMPTY;
            case BREAK -> StockBand.BREAK;
            case UNKNOWN, NO_DATA -> null;
        };
        return band == null ? null : band.feedCode();
    }

    /** An open list: {@code "forecast"} came with rule 8; apps should show an unknown source as it is. */
    static String source(EffectiveStatus status) {
        return switch (status.source()) {
            case FEED -> "feed";
            case PHARMACIST -> "pharmacist";
            case BOTH -> "both";
            case FORECAST -> "forecast";
            case NONE -> null;
        };
    }

    /**
     * Whether the evidence behind the status is old, as the merge judges it: feed evidence and a pharmacist's count
     * from the staleness threshold on (30 minutes by default), which includes evidence too old to show a colour;
     * "sold out" and "closed" never, on the day they were reported. False when there is no evidence at all.
     */
    static boolean isStale(EffectiveStatus status) {
        return status.evidenceAt() != null && status.freshness() != Freshness.FRESH;
    }

    private static byte[] bytes(StringBuilder json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@link Instant}s in the 2020 format, with a null for none. */
    interface FeedTimes {
        String text(Instant at);
    }
}
