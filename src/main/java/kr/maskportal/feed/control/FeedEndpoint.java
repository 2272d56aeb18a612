package kr.maskportal.feed.control;

/** The endpoints of the 2020 public mask API, each with the key under which its page lists its records. */
public enum FeedEndpoint {
    STORES("stores/json", "storeInfos", true, true, false),
    SALES("sales/json", "sales", true, false, true),
    STORES_BY_ADDR("storesByAddr/json", "stores", false, true, true),
    STORES_BY_GEO("storesByGeo/json", "stores", false, true, true);

    private final String path;
    private final String listKey;
    private final boolean paged;
    private final boolean carriesStores;
    private final boolean carriesSales;

    FeedEndpoint(String path, String listKey, boolean paged, boolean carriesStores, boolean carriesSales) {
        this.path = path;
        this.listKey = listKey;
        this.paged = paged;
        this.carriesStores = carriesStores;
        this.carriesSales = carriesSales;
    }

    /** Relative to the configured base URL, e.g. {@code sales/json}. */
    public String path() {
        return path;
    }

    String listKey() {
        return listKey;
    }

    /** Whether it answers {@code page}/{@code perPage}; the others answer in one response, treated as page 1 of 1. */
    public boolean paged() {
        return paged;
    }

    /** Whether its records name a store (name, address, type, coordinates). */
    public boolean carriesStores() {
        return carriesStores;
    }

    /** Whether its records carry stock ({@code remain_stat}, {@code stock_at}, {@code created_at}). */
    public boolean carriesSales() {
        return carriesSales;
    }
}
