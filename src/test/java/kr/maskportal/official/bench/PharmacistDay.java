package kr.maskportal.official.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import kr.maskportal.feed.replay.Delivery;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;

/**
 * The reports one pharmacist who uses the portal makes for one seller on one replayed sales day, from what really
 * happened there (the replay's truth, not the lagging feed): a queue before the delivery and during the rush, the
 * count now and then, "sold out" a few minutes after the last mask went (they serve the customer first), "not
 * selling today" when the seller stops, a notice now and then, and the odd tap taken back. Every draft passes
 * {@link Report#of}, the rule the form and the API apply. The shares are plausible, not measured.
 */
final class PharmacistDay {

    /** One report row before it gets its account: {@code undoneAt} null unless it was taken back. */
    record Draft(ReportKind kind, Integer amount, String notice, Instant reportedAt, Instant undoneAt) {
    }

    private static final double REPORTS_THAT_DAY = 0.9;
    private static final double QUEUE_BEFORE_DELIVERY = 0.5;
    private static final double RESTOCKED = 0.15;
    private static final double QUEUE_IN_RUSH = 0.3;
    private static final double REMAINING = 0.35;
    private static final double NOTICE = 0.1;
    private static final double SOLD_OUT = 0.85;
    private static final double CLOSED = 0.8;
    private static final double NO_DELIVERY_NOTICE = 0.3;
    private static final double TAKEN_BACK = 0.02;
    /** Most report within minutes of the last sale; a busy pharmacist up to half an hour later. */
    private static final double SOLD_OUT_DELAY_MEAN_MINUTES = 4;
    private static final Duration SOLD_OUT_DELAY_MOST = Duration.ofMinutes(30);
    private static final int MASKS_PER_PERSON = 2;

    private static final String[] NOTICES = {"번호표 배부 중입니다", "오후 입고 예정, 번호표 13시 배부", "1인 2매, 신분증 지참",
        "대리구매는 가족관계증명서 필요", "줄은 약국 왼쪽 골목으로 서 주세요"};
    private static final String NO_DELIVERY_TODAY = "오늘은 마스크 입고가 없습니다";

    private final SalesDay day;
    private final String code;
    private final SplittableRandom random;
    private final Instant lastSecond;
    private final List<Draft> drafts = new ArrayList<>();

    private PharmacistDay(SalesDay day, String code, SplittableRandom random) {
        this.day = day;
        this.code = code;
        this.random = random;
        this.lastSecond = day.start().plus(Duration.ofDays(1)).minusSeconds(1);
    }

    /** The day's reports, oldest first; none on a day the pharmacist did not use the portal. */
    static List<Draft> draw(SalesDay day, String code, SplittableRandom random) {
        var pharmacist = new PharmacistDay(day, code, random);
        if (random.nextDouble() < REPORTS_THAT_DAY) {
            pharmacist.report();
        }
        pharmacist.drafts.sort(Comparator.comparing(Draft::reportedAt));
        return pharmacist.drafts;
    }

    private void report() {
        Optional<Instant> breakFrom = day.breakFrom(code);
        Optional<Delivery> delivery = day.delivery(code);
        if (breakFrom.isPresent() && breakFrom.get().equals(day.start())) {
            maybe(CLOSED, () -> add(ReportKind.CLOSED, null, null, atClock(8, 30).plus(minutes(0, 90))));
            return;
        }
        if (delivery.isEmpty()) {
            maybe(NO_DELIVERY_NOTICE, () -> add(ReportKind.NOTICE, null, NO_DELIVERY_TODAY,
                    atClock(8, 0).plus(minutes(0, 120))));
            return;
        }
        Instant delivered = delivery.get().at();
        int quantity = delivery.get().quantity();
        Instant stopped = breakFrom.orElse(lastSecond);
        maybe(NOTICE, () -> add(ReportKind.NOTICE, null, NOTICES[random.nextInt(NOTICES.length)],
                delivered.minus(minutes(30, 90))));
        maybe(QUEUE_BEFORE_DELIVERY, () -> add(ReportKind.QUEUE,
                people(quantity / (double) MASKS_PER_PERSON * (0.6 + 0.8 * random.nextDouble())), null,
                delivered.minus(minutes(5, 45))));
        maybe(RESTOCKED, () -> {
            Instant at = delivered.plus(minutes(1, 10));
            add(ReportKind.RESTOCKED, countAt(at), null, at);
        });
        maybe(QUEUE_IN_RUSH, () -> {
            Instant at = delivered.plus(minutes(10, 40));
            add(ReportKind.QUEUE, people(countAt(at) / (double) MASKS_PER_PERSON * (0.5 + 0.7 * random.nextDouble())),
                    null, at);
        });
        Optional<Instant> soldOut = soldOut(delivered, stopped);
        Instant sellingUntil = soldOut.orElse(stopped);
        maybe(REMAINING, () -> {
            Instant at = between(delivered, sellingUntil);
            int count = countAt(at);
            if (count > 0) {
                add(ReportKind.REMAINING, count > 20 ? count / 10 * 10 : count, null, at);
            }
        });
        soldOut.ifPresent(at -> maybe(SOLD_OUT, () -> add(ReportKind.SOLD_OUT, null, null, at.plus(soldOutDelay()))));
        breakFrom.ifPresent(at -> maybe(CLOSED, () -> add(ReportKind.CLOSED, null, null, at.plus(minutes(0, 10)))));
    }

    /** The second the last mask went, if it went before the seller stopped selling. */
    private Optional<Instant> soldOut(Instant delivered, Instant stopped) {
        long low = delivered.getEpochSecond();
        long high = stopped.getEpochSecond();
        if (countAt(Instant.ofEpochSecond(high)) > 0) {
            return Optional.empty();
        }
        while (low < high) { // the count only falls between the delivery and a stop
            long mid = (low + high) >>> 1;
            if (countAt(Instant.ofEpochSecond(mid)) == 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Optional.of(Instant.ofEpochSecond(low));
    }

    private int countAt(Instant at) {
        return day.stateAt(code, at).orElseThrow().count();
    }

    private Duration soldOutDelay() {
        long seconds = Math.round(-Math.log(1 - random.nextDouble()) * SOLD_OUT_DELAY_MEAN_MINUTES * 60);
        return Duration.ofSeconds(Math.min(seconds, SOLD_OUT_DELAY_MOST.toSeconds()));
    }

    private void add(ReportKind kind, Integer amount, String notice, Instant at) {
        Instant reportedAt = at.isBefore(day.start()) ? day.start() : at.isAfter(lastSecond) ? lastSecond : at;
        // the rule of the form and the API: a draft they would refuse is a bug here
        Report.of(code, kind, amount, notice, reportedAt, 1L, null);
        Instant undoneAt = null;
        if (random.nextDouble() < TAKEN_BACK) {
            undoneAt = reportedAt.plusSeconds(random.nextInt(30, 300));
        }
        drafts.add(new Draft(kind, amount, notice, reportedAt, undoneAt));
    }

    private void maybe(double share, Runnable then) {
        if (random.nextDouble() < share) {
            then.run();
        }
    }

    private Instant atClock(int hour, int minute) {
        return day.start().plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    private Duration minutes(int least, int most) {
        return Duration.ofSeconds(random.nextLong(least * 60L, most * 60L + 1));
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds(random.nextLong(span));
    }

    private static int people(double howMany) {
        return (int) Math.max(0, Math.min(999, Math.round(howMany)));
    }
}
