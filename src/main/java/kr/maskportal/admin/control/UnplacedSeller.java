package kr.maskportal.admin.control;

/** A seller that could not be placed in a district, with the reason, for the administrators' check. */
public final class UnplacedSeller {

    private final String code;
    private final String name;
    private final String address;
    private final String reason;

    UnplacedSeller(String code, String name, String address, String reason) {
        this.code = code;
        this.name = name;
        this.address = address;
        this.reason = reason;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    /** As stored, e.g. {@code UNKNOWN_DISTRICT}. */
    public String getReason() {
        return reason;
    }

    public String getReasonKey() {
        return ReasonKeys.unplaced(reason);
    }
}
