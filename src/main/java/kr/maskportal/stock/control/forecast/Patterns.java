package kr.maskportal.stock.control.forecast;

import java.util.Map;
import java.util.Optional;

/**
 * The patterns of one day, as {@link PatternLearner#forDay} learns them: each seller's own, where it has enough
 * history, and each district's, pooled, for the sellers that have too little or none.
 *
 * @param sellers   by seller code
 * @param districts by district code
 */
public record Patterns(Map<String, SellerPattern> sellers, Map<String, SellerPattern> districts) {

    public static final Patterns NONE = new Patterns(Map.of(), Map.of());

    public Patterns {
        sellers = Map.copyOf(sellers);
        districts = Map.copyOf(districts);
    }

    /** The seller's own pattern, else its district's; empty when neither exists or the seller has no district. */
    public Optional<SellerPattern> of(String sellerCode, String districtCode) {
        // the immutable maps refuse to look a null key up
        return PatternLearner.choose(Optional.ofNullable(sellers.get(sellerCode)),
                Optional.ofNullable(districtCode == null ? null : districts.get(districtCode)));
    }
}
