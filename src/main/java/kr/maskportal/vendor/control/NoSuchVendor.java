package kr.maskportal.vendor.control;

/** No vendor has the id a page or a form named. */
public class NoSuchVendor extends RuntimeException {

    public NoSuchVendor(long id) {
        super("no vendor " + id);
    }
}
