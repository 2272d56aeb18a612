package kr.maskportal.bulkaccount.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.maskportal.bulkaccount.control.HandOver;
import org.junit.jupiter.api.Test;

class CodesCsvTest {

    @Test
    void codesAreListedWithTheirExpiryInKoreaTimeAndNoCellIsAFormula() {
        var messages = ResourceBundle.getBundle("kr.maskportal.i18n.messages", Locale.KOREAN);
        byte[] csv = CodesCsv.of(List.of(
                new HandOver("jongo-pharm", "11806923", "K7QD-MX3P-9WHT", Instant.parse("2020-03-14T01:00:00Z")),
                new HandOver("-x", "=1+1", "@A", Instant.parse("2020-03-14T15:30:00Z"))), messages);
        assertEquals("\uFEFF아이디,판매처 코드,활성화 코드,만료 (한국 시각)\r\n"
                        + "jongo-pharm,11806923,K7QD-MX3P-9WHT,2020-03-14 10:00\r\n"
                        + "'-x,'=1+1,'@A,2020-03-15 00:30\r\n",
                new String(csv, StandardCharsets.UTF_8));
    }
}
