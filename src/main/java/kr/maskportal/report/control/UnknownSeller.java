package kr.maskportal.report.control;

/** No seller has the code a report named. */
public class UnknownSeller extends RuntimeException {

    public UnknownSeller(String code) {
        super("no seller " + code);
    }
}
