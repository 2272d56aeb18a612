package kr.maskportal.seller.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A seller of public masks as the national list names it, with the district its address was placed in. The code
 * is the list's own and never changes; a seller whose address names no district keeps a reason instead.
 */
@Entity
@Table(name = "seller")
public class Seller {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Convert(converter = SellerTypeConverter.class)
    @Column(name = "seller_type", nullable = false)
    private SellerType type;

    @Column(nullable = false)
    private String address;

    private Double latitude;
    private Double longitude;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "placed_by", nullable = false)
    private String placedBy;

    @Column(name = "unplaced_reason")
    private String unplacedReason;

    @Column(name = "vanished_at")
    private Instant vanishedAt;

    protected Seller() {
    }

    public Seller(String code, String name, SellerType type, String address, Double latitude, Double longitude) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.address = Objects.requireNonNull(address);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a position needs both latitude and longitude");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    /** Records where the address placed this seller: a district and how it was found, or why none was. */
    public void place(String districtCode, String placedBy, String unplacedReason) {
        if ((districtCode == null) == (unplacedReason == null)) {
            throw new IllegalArgumentException("a seller is either placed in a district or has a reason why not");
        }
        this.districtCode = districtCode;
        this.placedBy = Objects.requireNonNull(placedBy);
        this.unplacedReason = unplacedReason;
    }

    /** The feed's store list no longer names this seller; it is kept, with its history, but no longer shown. */
    public void vanish(Instant at) {
        if (vanishedAt == null) {
            vanishedAt = Objects.requireNonNull(at);
        }
    }

    public void reappear() {
        vanishedAt = null;
    }

    public boolean isVanished() {
        return vanishedAt != null;
    }

    public Instant getVanishedAt() {
        return vanishedAt;
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

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public String getUnplacedReason() {
        return unplacedReason;
    }
}
