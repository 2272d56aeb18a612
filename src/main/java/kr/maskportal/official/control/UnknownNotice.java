package kr.maskportal.official.control;

/** No district notice has the id a withdrawal named; pages answer 404. */
public class UnknownNotice extends RuntimeException {

    public UnknownNotice(long id) {
        super("no district notice " + id);
    }
}
