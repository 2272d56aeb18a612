package kr.maskportal.seller.boundary;

import java.util.Locale;
import kr.maskportal.stock.control.ShownStatus;

/** One status with its number of sellers at the top of a district page: word and symbol, never the colour alone. */
public record StatusCountView(ShownStatus status, int count) {

    public String getWordKey() {
        return "status.short." + status.name();
    }

    public String getSymbolKey() {
        return "status.symbol." + status.name();
    }

    /** The colour class the rows use, e.g. {@code status-plenty}. */
    public String getStatusClass() {
        return "status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public int getCount() {
        return count;
    }
}
