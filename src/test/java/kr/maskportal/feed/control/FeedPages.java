package kr.maskportal.feed.control;

import java.util.List;

/** Writes feed pages the way the 2020 API did, for tests. */
final class FeedPages {

    private FeedPages() {
    }

    static String salesPage(int page, int totalPages, int totalCount, List<String> sales) {
        return "{\"totalPages\":" + totalPages + ",\"totalCount\":" + totalCount + ",\"page\":" + page
                + ",\"count\":" + sales.size() + ",\"sales\":[" + String.join(",", sales) + "]}";
    }

    static String storesPage(int page, int totalPages, int totalCount, List<String> stores) {
        return "{\"totalPages\":" + totalPages + ",\"totalCount\":" + totalCount + ",\"page\":" + page
                + ",\"count\":" + stores.size() + ",\"storeInfos\":[" + String.join(",", stores) + "]}";
    }

    /** Arguments are written as JSON strings, null as JSON null. */
    static String sale(String code, String stockAt, String remainStat, String createdAt) {
        return "{\"code\":" + quoted(code) + ",\"stock_at\":" + quoted(stockAt) + ",\"remain_stat\":"
                + quoted(remainStat) + ",\"created_at\":" + quoted(createdAt) + "}";
    }

    static String store(String code, String name, String addr, String type, double lat, double lng) {
        return "{\"code\":" + quoted(code) + ",\"name\":" + quoted(name) + ",\"addr\":" + quoted(addr)
                + ",\"type\":" + quoted(type) + ",\"lat\":" + lat + ",\"lng\":" + lng + "}";
    }

    static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
