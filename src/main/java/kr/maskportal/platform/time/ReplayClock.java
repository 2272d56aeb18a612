package kr.maskportal.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that starts at a chosen moment and runs at a chosen speed, so the demo and the tests can live through
 * a sales day of March 2020. It reads the real clock it is given and scales the time passed since it was made.
 */
public final class ReplayClock extends Clock {

    private final Clock real;
    private final Instant realStart;
    private final Instant start;
    private final double speed;
    private final ZoneId zone;

    public ReplayClock(Clock real, Instant start, double speed) {
        this(real, real.instant(), start, speed, real.getZone());
    }

    private ReplayClock(Clock real, Instant realStart, Instant start, double speed, ZoneId zone) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock speed must be a positive number, was " + speed);
        }
        this.real = Objects.requireNonNull(real);
        this.realStart = realStart;
        this.start = Objects.requireNonNull(start);
        this.speed = speed;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        long realNanos = Duration.between(realStart, real.instant()).toNanos();
        return start.plusNanos(Math.round(realNanos * speed));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ReplayClock(real, realStart, start, speed, newZone);
    }

    public double speed() {
        return speed;
    }
}
