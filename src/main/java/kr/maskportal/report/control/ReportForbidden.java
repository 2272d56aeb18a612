package kr.maskportal.report.control;

/** The caller is not bound to the seller it tried to report for; refused and logged. */
public class ReportForbidden extends RuntimeException {

    public ReportForbidden(String message) {
        super(message);
    }
}
