package kr.maskportal.account.control;

/** A seller or district an account is bound to, with its name for people to read. */
public final class BoundPlace {

    private final String code;
    private final String name;

    BoundPlace(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    /** Null when the code is no longer in the directory. */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name == null ? code : code + " " + name;
    }
}
