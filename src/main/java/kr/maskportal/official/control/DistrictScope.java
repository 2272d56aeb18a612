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

    public boolean permits(String districtCode) {
        return allDistricts || districtCodes.contains(districtCode);
    }
}
