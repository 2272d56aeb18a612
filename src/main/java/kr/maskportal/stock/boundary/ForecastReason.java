package kr.maskportal.stock.boundary;

import kr.maskportal.stock.control.merge.EffectiveStatus;

/**
 * Why a seller is shown as likely sold out: the time of day it usually sells out ("보통 11시 40분쯤 다 팔립니다",
 * bundle key {@code status.forecast.reason}); the evidence's age is said beside it as for any status.
 */
public record ForecastReason(int hour, int minute) {

    /** Null for a status that is no forecast. */
    static ForecastReason of(EffectiveStatus status) {
        return status.usualSoldOut() == null ? null
                : new ForecastReason(status.usualSoldOut().getHour(), status.usualSoldOut().getMinute());
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }
}
