package kr.maskportal.rotation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.testing.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real WAR on Payara Micro with the policy the migrations stored in MariaDB: the build sets the portal's clock
 * to Wednesday 2020-03-11, 12:00 in Seoul, so every resident page opens with the 5부제 sentence for 3 and 8.
 */
@ExtendWith(ArquillianExtension.class)
class RotationPagesIT {

    private static final String WEDNESDAY_11_MARCH =
            "오늘(수)은 출생연도 끝자리 3, 8인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요";
    private static final Pattern SENTENCE = Pattern.compile("<p class=\"rotation\">(.*?)</p>", Pattern.DOTALL);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "province/11", "district/11440", "district/99999"})
    void everyResidentPageOpensWithTodaysRotation(String path) throws Exception {
        HttpResponse<String> response = PortalHttp.get(base.toURI().resolve(path));
        String page = response.body();
        Matcher sentence = SENTENCE.matcher(page);
        assertTrue(sentence.find(), () -> "no rotation sentence on /" + path + ": " + page);
        // HTML shows any run of white space as one space
        assertEquals(WEDNESDAY_11_MARCH, sentence.group(1).replaceAll("\\s+", " ").strip(), path);
        assertTrue(sentence.start() > page.indexOf("<main") && sentence.start() < page.indexOf("<h1"),
                "first in main, before the page's heading: /" + path);
        assertTrue(!sentence.find(), "once: /" + path);
    }
}
