package kr.maskportal.feed.replay;

import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.SplittableRandom;
import kr.maskportal.seller.entity.SellerType;

/**
 * Draws one seller's sales day, following what March 2020 looked like: pharmacies got 250 masks some time
 * between 08:00 and 14:00 (mostly late morning) and a queue was waiting; rural post offices opened their sale at
 * 11:00 and Nonghyup marts at 14:00, weekdays only; city sellers were sold out within hours, county ones lasted
 * the afternoon. Each seller has its habits ({@link SellerHabit}) and each day strays from them ({@link DayToDay}).
 * The shares below are plausible rather than measured: the replay has to lag like 2020, not reproduce its
 * statistics.
 */
final class SellerDayDraw {

    private static final int MINUTE = (int) MINUTES.getDuration().toSeconds();
    private static final int HOUR = (int) HOURS.getDuration().toSeconds();

    /** When an address does not tell, this share of sellers is treated as urban, as most 2020 sellers were. */
    private static final double CITY_SHARE_WHEN_UNKNOWN = 0.7;
    private static final double BREAK_ALL_DAY = 0.01;
    private static final double BREAK_LATER = 0.02;
    private static final double PHARMACY_USUAL_QUANTITY_SHARE = 0.85;
    private static final int PHARMACY_USUAL_QUANTITY = 250;
    private static final int[] PHARMACY_OTHER_QUANTITIES = {100, 150, 200, 300, 400};

    /** How fast a kind of seller sells: the share the waiting queue takes and how long it takes, then the rest. */
    private record Pace(double surgeShareMin, double surgeShareMax, int surgeMinutesMin, int surgeMinutesMax,
                        int restMinutesMin, int restMinutesMax) {
    }

    private SellerDayDraw() {
    }

    /**
     * The seller's habit: a city's pace or a county's, as its address tells ({@code city}), drawn where the address
     * does not.
     */
    static SellerHabit habit(SplittableRandom random, SellerType type, Optional<Boolean> city) {
        Pace pace = pace(type, city.orElseGet(() -> random.nextDouble() < CITY_SHARE_WHEN_UNKNOWN));
        return new SellerHabit(deliverySecond(random, type), quantity(random, type),
                between(random, pace.surgeShareMin, pace.surgeShareMax),
                random.nextInt(pace.surgeMinutesMin, pace.surgeMinutesMax + 1),
                random.nextInt(pace.restMinutesMin, pace.restMinutesMax + 1));
    }

    /** One day of a seller with {@code habit}, strayed from it by {@code variation}. */
    static SellerPlan draw(SplittableRandom random, SellerHabit habit, SellerType type, DayOfWeek day,
            DayToDay variation) {
        if (random.nextDouble() < BREAK_ALL_DAY) {
            return SellerPlan.breakAllDay();
        }
        if (random.nextDouble() < noDeliveryShare(type, day)) {
            return SellerPlan.nothingToday();
        }
        int stray = MINUTE * variation.deliveryMinutes();
        int delivery = Math.max(earliestDelivery(type), Math.min(latestDelivery(type),
                habit.delivery() + random.nextInt(-stray, stray + 1)));
        int quantity = habit.quantity();
        int surgeLeft = Math.max(1, (int) Math.round(quantity * (1 - habit.surgeShare())));
        int surgeEnd = delivery + MINUTE * strayed(random, habit.surgeMinutes(), variation);
        int soldOut = surgeEnd + MINUTE * strayed(random, habit.restMinutes(), variation);
        var plan = new SellerPlan(delivery, quantity, surgeEnd, surgeLeft, soldOut, SellerPlan.NO_BREAK);

        // a pharmacist who stops selling with masks left (system down, ran out of staff) is what `break` shows
        int earliestBreak = delivery + 15 * MINUTE;
        int latestBreak = soldOut - 10 * MINUTE;
        if (random.nextDouble() < BREAK_LATER && latestBreak > earliestBreak) {
            return plan.withBreakFrom(random.nextInt(earliestBreak, latestBreak));
        }
        return plan;
    }

    /** Minutes a usual {@code minutes} take today: faster or slower by up to the day's pace factor. */
    private static int strayed(SplittableRandom random, int minutes, DayToDay variation) {
        double spread = Math.log(variation.paceFactor());
        double factor = spread == 0 ? 1 : Math.exp(random.nextDouble(-spread, spread));
        return Math.max(1, (int) Math.round(minutes * factor));
    }

    private static double noDeliveryShare(SellerType type, DayOfWeek day) {
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        if (type != SellerType.PHARMACY) {
            return weekend ? 1 : 0.02;
        }
        return switch (day) {
            case SATURDAY -> 0.10;
            case SUNDAY -> 0.60; // most pharmacies are shut on Sunday
            default -> 0.03;
        };
    }

    private static int earliestDelivery(SellerType type) {
        return switch (type) {
            case PHARMACY -> 8 * HOUR;
            case POST_OFFICE -> 10 * HOUR + 50 * MINUTE;
            case NONGHYUP_MART -> 13 * HOUR + 30 * MINUTE;
        };
    }

    private static int latestDelivery(SellerType type) {
        return switch (type) {
            case PHARMACY -> 14 * HOUR;
            case POST_OFFICE -> 11 * HOUR + 10 * MINUTE;
            case NONGHYUP_MART -> 14 * HOUR + 15 * MINUTE;
        };
    }

    private static int deliverySecond(SplittableRandom random, SellerType type) {
        return switch (type) {
            // triangular over 08:00-14:00, most around 11:00: the wholesalers' rounds
            case PHARMACY -> 8 * HOUR + (random.nextInt(0, 3 * HOUR + 1) + random.nextInt(0, 3 * HOUR + 1));
            case POST_OFFICE -> 10 * HOUR + 50 * MINUTE + random.nextInt(0, 20 * MINUTE + 1);
            case NONGHYUP_MART -> 13 * HOUR + 30 * MINUTE + random.nextInt(0, 45 * MINUTE + 1);
        };
    }

    private static int quantity(SplittableRandom random, SellerType type) {
        return switch (type) {
            case PHARMACY -> random.nextDouble() < PHARMACY_USUAL_QUANTITY_SHARE ? PHARMACY_USUAL_QUANTITY
                    : PHARMACY_OTHER_QUANTITIES[random.nextInt(PHARMACY_OTHER_QUANTITIES.length)];
            case POST_OFFICE -> 10 * random.nextInt(10, 21);
            case NONGHYUP_MART -> 50 * random.nextInt(4, 11);
        };
    }

    private static Pace pace(SellerType type, boolean city) {
        return switch (type) {
            case PHARMACY -> city ? new Pace(0.55, 0.95, 15, 50, 15, 120) : new Pace(0.15, 0.45, 20, 40, 120, 360);
            case POST_OFFICE -> city ? new Pace(0.60, 0.95, 10, 30, 20, 90) : new Pace(0.50, 0.90, 10, 30, 40, 180);
            case NONGHYUP_MART -> city ? new Pace(0.50, 0.85, 15, 40, 30, 120) : new Pace(0.30, 0.60, 20, 40, 60, 240);
        };
    }

    private static double between(SplittableRandom random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }
}
