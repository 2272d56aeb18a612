package kr.maskportal.official.control;

/** An official asked for a district outside the account's scope; pages answer 403. Logged where it is thrown. */
public class DistrictForbidden extends RuntimeException {

    public DistrictForbidden(String message) {
        super(message);
    }
}
