package kr.maskportal.bulkaccount.control;

import java.io.Serializable;
import java.time.Instant;

/** One new account's activation code, in clear, for the administrator's one download; never stored so. */
public record HandOver(String login, String sellerCode, String code, Instant expiresAt) implements Serializable {

    @Override
    public String toString() {
        return "HandOver[" + login + ", " + sellerCode + "]";
    }
}
