package kr.maskportal.seller.control;

import kr.maskportal.seller.entity.SellerType;

/** A seller as the public pages show it: immutable, held in memory by the {@link SellerDirectory}. */
public final class DirectorySeller {

    private final String code;
    private final String name;
    private final SellerType type;
    private final String address;
    private final String districtCode;
    private final GeoPoint location;

    public DirectorySeller(String code, String name, SellerType type, String address, String districtCode,
            GeoPoint location) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.address = address;
        this.districtCode = districtCode;
        this.location = location;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SellerType getType() {
        return type;
    }

    public String getAddress() {
        return address;
    }

    /** Null for a seller that could not be placed in any district. */
    public String getDistrictCode() {
        return districtCode;
    }

    /** Null for the few sellers the source list gave no usable coordinates. */
    public GeoPoint getLocation() {
        return location;
    }
}
