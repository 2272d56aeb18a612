package kr.maskportal.bulkaccount.control;

import java.util.regex.Pattern;

/**
 * What a contact may be, kept simple on purpose: an e-mail address (something@domain.tld, no spaces, at most 254
 * characters), or a Korean phone number in digits with optional hyphens or spaces: an area or mobile prefix starting
 * with 0 (02-123-4567, 031-1234-5678, 010-1234-5678, 0505-123-4567), or an 8-digit service number
 * (1588-1234). Whether anyone answers is not for a form to know.
 */
public final class ContactCheck {

    static final int MAX_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{1,3}[- ]?[0-9]{3,4}[- ]?[0-9]{4}|1[5-9][0-9]{2}[- ]?[0-9]{4}");

    private ContactCheck() {
    }

    public static boolean isValid(String contact) {
        return contact != null && contact.length() <= MAX_LENGTH
                && (EMAIL.matcher(contact).matches() || PHONE.matcher(contact).matches());
    }
}
