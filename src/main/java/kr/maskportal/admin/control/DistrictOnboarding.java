package kr.maskportal.admin.control;

/**
 * One district's sellers and how far they are on the portal, for administrators.
 *
 * @param sellers       listed sellers (not vanished from the feed)
 * @param withAccount   sellers bound to at least one enabled pharmacist account
 * @param withVendor    sellers reporting through a point-of-sale vendor ({@link VendorCounts})
 * @param neverReported sellers for which no report was ever stored (undone ones count as reported)
 */
public record DistrictOnboarding(String provinceCode, String provinceName, String districtCode, String districtName,
                                 long sellers, long withAccount, long withVendor, long neverReported) {

    /** For Expression Language, which cannot read record components. */
    public String getProvinceName() {
        return provinceName;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getDistrictName() {
        return districtName;
    }

    public long getSellers() {
        return sellers;
    }

    public long getWithAccount() {
        return withAccount;
    }

    public long getWithVendor() {
        return withVendor;
    }

    public long getNeverReported() {
        return neverReported;
    }

    DistrictOnboarding withVendor(long vendors) {
        return new DistrictOnboarding(provinceCode, provinceName, districtCode, districtName, sellers, withAccount,
                vendors, neverReported);
    }
}
