package kr.maskportal.stock.boundary;

import java.time.LocalTime;
import kr.maskportal.stock.control.forecast.PatternBasis;
import kr.maskportal.stock.control.forecast.SellerPattern;

/**
 * A seller's usual delivery and sell-out times of day, Korea time, as its pattern has them: for "보통 10시 0분쯤
 * 입고, 11시 40분쯤 다 팔림" ({@code status.forecast.usual}) and the easy pages' sentence with "10:00" and "11:40"
 * ({@code easy.forecast.usual}); for a seller with too little history of its own they are its district's, and the
 * words say so ({@code .district}), since a new pharmacy's own hours may differ.
 */
public record UsualTimes(int deliveryHour, int deliveryMinute, int soldOutHour, int soldOutMinute, boolean district) {

    /** Null without a pattern. */
    public static UsualTimes of(SellerPattern pattern) {
        if (pattern == null) {
            return null;
        }
        LocalTime soldOut = pattern.usualSoldOut();
        return new UsualTimes(pattern.usualDelivery().getHour(), pattern.usualDelivery().getMinute(),
                soldOut.getHour(), soldOut.getMinute(), pattern.basis() == PatternBasis.DISTRICT);
    }

    /** "10:00", for the easy pages' one sentence. */
    public String getDelivery() {
        return String.format("%02d:%02d", deliveryHour, deliveryMinute);
    }

    public String getSoldOut() {
        return String.format("%02d:%02d", soldOutHour, soldOutMinute);
    }

    public int getDeliveryHour() {
        return deliveryHour;
    }

    public int getDeliveryMinute() {
        return deliveryMinute;
    }

    public int getSoldOutHour() {
        return soldOutHour;
    }

    public int getSoldOutMinute() {
        return soldOutMinute;
    }

    public boolean isDistrict() {
        return district;
    }
}
