package kr.maskportal.platform.time;

import java.time.ZoneId;

/** The portal's one time zone: "today" and every time shown are Korean, whatever the server's zone. */
public final class Korea {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private Korea() {
    }
}
