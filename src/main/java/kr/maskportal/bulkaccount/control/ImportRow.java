package kr.maskportal.bulkaccount.control;

import java.io.Serializable;

/**
 * One data row of an account file as read, its fields trimmed; getters for the preview page.
 *
 * @param line the physical line it starts on, counting the header as line 1
 */
public record ImportRow(int line, String sellerCode, String login, String contact) implements Serializable {

    public int getLine() {
        return line;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public String getLogin() {
        return login;
    }

    public String getContact() {
        return contact;
    }
}
