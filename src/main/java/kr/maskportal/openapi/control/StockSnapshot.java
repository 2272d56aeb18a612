package kr.maskportal.openapi.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.seller.control.AddressLookup.AddressedPlace;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.control.merge.SellOutForecast;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * The corrected feed at one version of its data: every seller's effective status, judged once at {@link #judgedAt()},
 * as the JSON of its sale fields, beside the {@link SellerIndex} of the directory it was judged for. Answers every
 * endpoint's body by putting prepared pieces together, so a request costs copying bytes, never a merge or a JSON
 * writer. Immutable: readers keep using one while the next is built.
 */
public final class StockSnapshot {

    private final SellerIndex sellers;
    private final byte[][] sales;
    private final Instant judgedAt;

    private StockSnapshot(SellerIndex sellers, byte[][] sales, Instant judgedAt) {
        this.sellers = sellers;
        this.sales = sales;
        this.judgedAt = judgedAt;
    }

    /**
     * Merges the feed and the reports of every seller of the index at {@code now}.
     *
     * @param feed    a seller's latest feed evidence by code
     * @param reports a seller's reports by code (the merge keeps those of today)
     */
    static StockSnapshot judge(SellerIndex sellers, Function<String, Optional<FeedEvidence>> feed,
            Function<String, ? extends Collection<ReportEvidence>> reports, MergeSettings settings, Instant now) {
        return judge(sellers, feed, reports, seller -> SellOutForecast.NONE, settings, now);
    }

    /** As above, with each seller's forecast (rule 8). */
    static StockSnapshot judge(SellerIndex sellers, Function<String, Optional<FeedEvidence>> feed,
            Function<String, ? extends Collection<ReportEvidence>> reports,
            Function<DirectorySeller, SellOutForecast> forecasts, MergeSettings settings, Instant now) {
        var times = new FeedTimeTexts();
        byte[][] sales = new byte[sellers.size()][];
        for (int i = 0; i < sales.length; i++) {
            DirectorySeller seller = sellers.seller(i);
            String code = seller.getCode();
            sales[i] = SellerJson.sale(StatusMerge.merge(feed.apply(code), reports.apply(code), now, settings,
                    forecasts.apply(seller)), times);
        }
        return new StockSnapshot(sellers, sales, now);
    }

    /** The moment every status of this snapshot was judged at. */
    public Instant judgedAt() {
        return judgedAt;
    }

    /** How many sellers {@code stores/json} and {@code sales/json} list. */
    public int sellerCount() {
        return sellers.size();
    }

    SellerIndex sellers() {
        return sellers;
    }

    /** {@code stores/json}: {@code totalPages, totalCount, page, count, storeInfos}. */
    public byte[] stores(PageWindow window) {
        JsonBytes body = paged(window, "storeInfos", 110);
        for (int i = window.from(); i < window.to(); i++) {
            separate(body, i - window.from()).add("{").add(sellers.code(i)).add(sellers.store(i)).add("}");
        }
        return body.add("]}").toArray();
    }

    /** {@code sales/json}: {@code totalPages, totalCount, page, count, sales}. */
    public byte[] sales(PageWindow window) {
        JsonBytes body = paged(window, "sales", 280);
        for (int i = window.from(); i < window.to(); i++) {
            separate(body, i - window.from()).add("{").add(sellers.code(i)).add(sales[i]).add("}");
        }
        return body.add("]}").toArray();
    }

    /**
     * {@code storesByAddr/json}: {@code address, count, stores}, the sellers of the named districts (in district
     * code order, each district's in the directory's order) whose address holds the rest of the words.
     *
     * @param echoed the address as asked for, repeated in the answer as the 2020 feed did
     */
    public byte[] storesByAddr(AddressedPlace place, String echoed) {
        var found = new ArrayList<Integer>();
        for (String district : place.districtCodes()) {
            for (int index : sellers.inDistrict(district)) {
                if (place.holds(sellers.seller(index).getAddress())) {
                    found.add(index);
                }
            }
        }
        JsonBytes body = new JsonBytes(64 + found.size() * 400).add("{\"address\":")
                .addJson(JsonText.string(new StringBuilder(), echoed)).add(",\"count\":").add(found.size())
                .add(",\"stores\":[");
        return withSales(body, found.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code storesByGeo/json}: {@code count, stores}, the sellers within {@code metres}, nearest first. */
    public byte[] storesByGeo(double latitude, double longitude, int metres) {
        int[] found = sellers.grid().within(latitude, longitude, metres);
        JsonBytes body = new JsonBytes(32 + found.length * 400).add("{\"count\":").add(found.length)
                .add(",\"stores\":[");
        return withSales(body, found);
    }

    private byte[] withSales(JsonBytes body, int[] indexes) {
        for (int n = 0; n < indexes.length; n++) {
            int i = indexes[n];
            separate(body, n).add("{").add(sellers.code(i)).add(sellers.store(i)).add(sales[i]).add("}");
        }
        return body.add("]}").toArray();
    }

    private static JsonBytes paged(PageWindow window, String listName, int bytesPerRecord) {
        return new JsonBytes(100 + window.count() * bytesPerRecord)
                .add("{\"totalPages\":").add(window.totalPages())
                .add(",\"totalCount\":").add(window.totalCount())
                .add(",\"page\":").add(window.page())
                .add(",\"count\":").add(window.count())
                .add(",\"").add(listName).add("\":[");
    }

    private static JsonBytes separate(JsonBytes body, int position) {
        return position == 0 ? body : body.add(",");
    }
}
