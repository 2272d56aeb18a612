package kr.maskportal.vendor.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What saving an uploaded seller list would do, before anything is saved: the sellers to be bound, and every line
 * refused with its line number and reason (a code of the wrong form, one named twice, one no seller has). Saving
 * binds exactly the first list, replacing what the vendor is bound to now.
 */
public final class SellerListPreview {

    private final List<PreviewRow> bound;
    private final List<PreviewRow> refused;
    private final int boundNow;

    SellerListPreview(List<PreviewRow> bound, List<PreviewRow> refused, int boundNow) {
        this.bound = List.copyOf(bound);
        this.refused = List.copyOf(refused);
        this.boundNow = boundNow;
    }

    public List<PreviewRow> getBound() {
        return bound;
    }

    public List<PreviewRow> getRefused() {
        return refused;
    }

    /** How many sellers the vendor is bound to before saving. */
    public int getBoundNow() {
        return boundNow;
    }

    /** The codes to bind, separated by spaces: what the save form carries back. */
    public String getCodes() {
        return bound.stream().map(PreviewRow::getCode).collect(Collectors.joining(" "));
    }

    public boolean isAnythingToBind() {
        return !bound.isEmpty();
    }
}
