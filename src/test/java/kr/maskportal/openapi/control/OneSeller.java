package kr.maskportal.openapi.control;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.openapi.FeedShape;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.District;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.control.Province;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * One seller of 마포구 with the feed's row and the pharmacist's reports a test gives it, judged by the corrected feed
 * at a time of 2020-03-11 in Korea, and read back as an app reads it.
 */
final class OneSeller {

    static final Province SEOUL = new Province("11", "서울특별시", "서울", "Seoul", 1);
    static final District MAPO = new District("11440", "11", "마포구", "Mapo-gu");

    private String name = "서교온누리약국";
    private GeoPoint location = new GeoPoint(37.5553211, 126.9206113);
    private FeedEvidence feed;
    private final List<ReportEvidence> reports = new ArrayList<>();

    static OneSeller pharmacy() {
        return new OneSeller();
    }

    /** A Korean wall-clock time of 2020-03-11, {@code "10:30"}. */
    static Instant at(String time) {
        return LocalDateTime.parse("2020-03-11T" + time).atZone(Korea.ZONE).toInstant();
    }

    OneSeller named(String newName) {
        name = newName;
        return this;
    }

    OneSeller withoutCoordinates() {
        location = null;
        return this;
    }

    /** The feed's row as it was first seen: band (null for none), stock_at, created_at. */
    OneSeller feed(StockBand band, String stockAt, String createdAt) {
        feed = new FeedEvidence(new FeedState(band, stockAt == null ? null : at(stockAt), at(createdAt)),
                at(createdAt));
        return this;
    }

    OneSeller report(String time, ReportKind kind) {
        reports.add(new ReportEvidence(kind, null, null, at(time), reports.size() + 1));
        return this;
    }

    OneSeller report(String time, ReportKind kind, int number) {
        reports.add(new ReportEvidence(kind, number, null, at(time), reports.size() + 1));
        return this;
    }

    OneSeller notice(String time, String text) {
        reports.add(new ReportEvidence(ReportKind.NOTICE, null, text, at(time), reports.size() + 1));
        return this;
    }

    /** Judged at {@code now}. */
    StockSnapshot judgedAt(String now) {
        var seller = new DirectorySeller("11806923", name, SellerType.PHARMACY, "서울특별시 마포구 양화로 45 (서교동)",
                MAPO.code(), location);
        var directory = DirectorySnapshot.build(List.of(SEOUL), List.of(MAPO), List.of(seller), Instant.EPOCH);
        return StockSnapshot.judge(new SellerIndex(directory), code -> Optional.ofNullable(feed), code -> reports,
                MergeSettings.DEFAULTS, at(now));
    }

    /** The seller's record in {@code sales/json}, checked against the 2020 shape. */
    JsonObject sale(String now) {
        return only("sales", judgedAt(now).sales(new PageWindow(1, 500, 1)));
    }

    /** The seller's record in {@code stores/json}. */
    JsonObject store(String now) {
        return only("stores", judgedAt(now).stores(new PageWindow(1, 500, 1)));
    }

    private static JsonObject only(String endpoint, byte[] body) {
        List<JsonObject> records = FeedShape.assertShapeOf(endpoint,
                FeedShape.parse(new String(body, StandardCharsets.UTF_8)));
        if (records.size() != 1) {
            throw new AssertionError("one seller, found " + records.size());
        }
        return records.get(0);
    }
}
