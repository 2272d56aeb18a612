package kr.maskportal.feed.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.entity.StockBand;

/**
 * The real stock of every seller through one simulated sales day: one delivery at most, a queue surge, a
 * sell-down to zero, sometimes a break. The same sellers, date and seed give the same day, and each seller's day
 * depends only on its own code, so adding or reordering sellers changes no one else's; its habits (when its masks
 * come, how fast they go) depend on its code and the seed alone, so its days resemble each other as a real
 * seller's did.
 *
 * <p>Each seller keeps six numbers (its {@link SellerPlan}, in seconds since the start of the day) and an entry in
 * the code index; counts and bands are computed when asked, so a national day of 25,000 sellers takes about two
 * megabytes and any instant of it can be asked for in any order.
 *
 * <p>The simulation covers its own date only: past midnight every seller stays as it ended the day, so a demo
 * clock that crosses midnight needs the next day simulated.
 */
public final class SalesDay {

    /** Korea keeps no daylight saving time: every sales day has as many seconds. */
    static final long SECONDS_A_DAY = 86_400;

    private final LocalDate date;
    private final long startSecond;
    private final List<StoreInfo> stores;
    private final Map<String, Integer> indexByCode;

    private final int[] delivery;
    private final short[] quantity;
    private final int[] surgeEnd;
    private final short[] surgeLeft;
    private final int[] soldOut;
    private final int[] breakFrom;

    private SalesDay(LocalDate date, List<StoreInfo> stores) {
        this.date = date;
        this.startSecond = date.atStartOfDay(Korea.ZONE).toEpochSecond();
        this.stores = stores;
        int n = stores.size();
        this.indexByCode = new HashMap<>(n * 2);
        this.delivery = new int[n];
        this.quantity = new short[n];
        this.surgeEnd = new int[n];
        this.surgeLeft = new short[n];
        this.soldOut = new int[n];
        this.breakFrom = new int[n];
    }

    /**
     * @param stores the sellers, codes unique; their order is the order of every listing
     * @param date   the sales day, Korea time; weekends change who sells
     * @param seed   the same seed gives the same day
     */
    public static SalesDay simulate(List<StoreInfo> stores, LocalDate date, long seed) {
        return simulate(stores, date, seed, DayToDay.USUAL);
    }

    /** As above, with each seller's day straying from its habits by {@code variation}. */
    public static SalesDay simulate(List<StoreInfo> stores, LocalDate date, long seed, DayToDay variation) {
        var day = new SalesDay(date, List.copyOf(stores));
        for (int i = 0; i < day.stores.size(); i++) {
            StoreInfo store = day.stores.get(i);
            if (day.indexByCode.putIfAbsent(store.code(), i) != null) {
                throw new IllegalArgumentException("seller code " + store.code() + " appears twice");
            }
            SellerHabit habit = SellerDayDraw.habit(new SplittableRandom(habitSeed(seed, store.code())),
                    store.type(), CityAddress.isCity(store.address()));
            var random = new SplittableRandom(sellerSeed(seed, date, store.code()));
            day.keep(i, SellerDayDraw.draw(random, habit, store.type(), date.getDayOfWeek(), variation));
        }
        return day;
    }

    /** The seller's habits are the same on every date. */
    private static long habitSeed(long seed, String code) {
        return (seed * 0xBF58476D1CE4E5B9L + code.hashCode()) * 0x94D049BB133111EBL;
    }

    private static long sellerSeed(long seed, LocalDate date, String code) {
        // odd multipliers keep the three inputs from cancelling out; SplittableRandom mixes the result further
        return (seed * 0x9E3779B97F4A7C15L + date.toEpochDay()) * 0xBF58476D1CE4E5B9L + code.hashCode();
    }

    private void keep(int i, SellerPlan plan) {
        delivery[i] = plan.delivery();
        quantity[i] = (short) plan.quantity();
        surgeEnd[i] = plan.surgeEnd();
        surgeLeft[i] = (short) plan.surgeLeft();
        soldOut[i] = plan.soldOut();
        breakFrom[i] = plan.breakFrom();
    }

    public LocalDate date() {
        return date;
    }

    /** Midnight at the start of the sales day, Korea time. */
    public Instant start() {
        return Instant.ofEpochSecond(startSecond);
    }

    /** The sellers as given, in the given order. */
    public List<StoreInfo> stores() {
        return stores;
    }

    /** The real state at {@code at}; empty for an unknown code. Before the day starts, everything is as at midnight. */
    public Optional<StockState> stateAt(String code, Instant at) {
        return indexOf(code).map(i -> stateAt(i, secondOf(at)));
    }

    public Optional<Delivery> delivery(String code) {
        return indexOf(code).filter(i -> delivery[i] != SellerPlan.NO_DELIVERY)
                .map(i -> new Delivery(instantOf(delivery[i]), quantity[i]));
    }

    /** When the seller stops selling for the rest of the day; the day's start for one that never sells. */
    public Optional<Instant> breakFrom(String code) {
        return indexOf(code).filter(i -> breakFrom[i] != SellerPlan.NO_BREAK).map(i -> instantOf(breakFrom[i]));
    }

    Optional<Integer> indexOf(String code) {
        return Optional.ofNullable(indexByCode.get(code));
    }

    int size() {
        return stores.size();
    }

    long secondOf(Instant at) {
        return Math.max(0, at.getEpochSecond() - startSecond);
    }

    Instant instantOf(long second) {
        return Instant.ofEpochSecond(startSecond + second);
    }

    StockState stateAt(int i, long second) {
        Instant stockAt = stocked(i, second) ? instantOf(delivery[i]) : null;
        return new StockState(remainStatAt(i, second), countAt(i, second), stockAt);
    }

    boolean stocked(int i, long second) {
        return delivery[i] != SellerPlan.NO_DELIVERY && second >= delivery[i];
    }

    int deliverySecond(int i) {
        return delivery[i];
    }

    /** When the seller stops selling: {@link SellerPlan#NO_BREAK} when it sells all day, 0 when not at all. */
    int breakSecond(int i) {
        return breakFrom[i];
    }

    /**
     * The moment the seller had no masks left to sell ({@link StockState#hasMasks()}: the feed's {@code empty}, at
     * most one), if that came on this day before it stopped selling: the truth a pharmacist reports "sold out" from.
     */
    public Optional<Instant> soldOutAt(String code) {
        int most = StockBand.EMPTY.upperBound().orElseThrow();
        return indexOf(code).map(i -> firstSecondWithAtMost(i, most)).filter(second -> second >= 0)
                .map(this::instantOf);
    }

    /**
     * The first second of the day, from the delivery on, at which the seller has at most {@code masks} left; -1
     * without a delivery or when it still has more at the day's end. The count only falls from the delivery on and
     * stays as it was from a break on, so a binary search finds it.
     */
    long firstSecondWithAtMost(int i, int masks) {
        long last = SECONDS_A_DAY - 1;
        if (delivery[i] == SellerPlan.NO_DELIVERY || delivery[i] > last || countAt(i, last) > masks) {
            return -1;
        }
        long low = delivery[i];
        long high = last;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (countAt(i, mid) <= masks) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Null while not stocked, as the 2020 feed published a seller whose delivery had not come yet. */
    StockBand remainStatAt(int i, long second) {
        if (second >= breakFrom[i]) {
            return StockBand.BREAK;
        }
        if (!stocked(i, second)) {
            return null;
        }
        return StockBand.forCount(countAt(i, second));
    }

    int countAt(int i, long second) {
        if (!stocked(i, second)) {
            return 0;
        }
        long t = Math.min(second, breakFrom[i]);
        long d = delivery[i];
        long q = quantity[i];
        long e = surgeEnd[i];
        long left = surgeLeft[i];
        long z = soldOut[i];
        if (t < e) {
            // whole masks only: a count is never rounded below what is really left
            return (int) (q - (q - left) * (t - d) / (e - d));
        }
        if (t < z) {
            // rounded up, both sides positive
            return (int) ((left * (z - t) + (z - e) - 1) / (z - e));
        }
        return 0;
    }

    /**
     * The second from which the seller has been in the band it is in at {@code second}: the band only moves down
     * between the delivery and a break, so this is the first second at or after the delivery whose count already
     * fits the band.
     */
    long remainStatSince(int i, long second) {
        StockBand stat = remainStatAt(i, second);
        if (stat == null) {
            return 0;
        }
        if (stat == StockBand.BREAK) {
            return breakFrom[i];
        }
        // PLENTY has no ceiling
        int highest = stat.upperBound().orElse(Integer.MAX_VALUE);
        long low = delivery[i];
        long high = second;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (countAt(i, mid) <= highest) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
