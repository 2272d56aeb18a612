package kr.maskportal.official.control;

import java.util.Set;

/**
 * The districts one official may read reports for and post notices to: those bound to the account, or every
 * district for a city-wide account.
 *
 * @param districtCodes the bound districts; empty when {@code allDistricts}
 */
public record DistrictScope(long accountId, String login, boolean allDistricts, Set<String> districtCodes) {

    public DistrictScope {
        districtCodes = Set.copyOf(districtCodes);
    }

    /** Never a district that is not named: an absent code is no district at all. */
    public boolean permits(String districtCode) {
        return districtCode != null && (allDistricts || districtCodes.contains(districtCode));
    }
}
