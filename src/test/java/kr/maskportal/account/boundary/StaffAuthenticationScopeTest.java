package kr.maskportal.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.security.auth.message.MessageInfo;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffAuthenticationScopeTest {

    @ParameterizedTest(name = "{0} {1}{2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | ''     | /district/11440        | true
            HEAD   | ''     | /en/seller/11806923    | true
            GET    | /portal| /portal/province/11    | true
            GET    | ''     | /                      | true
            POST   | ''     | /district/11440        | false
            GET    | ''     | /admin/accounts        | false
            GET    | ''     | /pharmacist            | false
            GET    | ''     | /login.xhtml           | false
            GET    | ''     | /district.xhtml        | false
            GET    | ''     | /district/11440/../../admin/accounts | false
            GET    | /portal| /district/11440        | false
            GET    | ''     | /api/v1/storesByGeo/json | true
            HEAD   | /portal| /portal/api/v1/sales/json | true
            OPTIONS| ''     | /api/v1/stores/json    | true
            POST   | ''     | /api/v1/stores/json    | false
            GET    | ''     | /api/v1/stores/json/   | false
            POST   | ''     | /api/v1/sellers/11806923/reports | false
            OPTIONS| ''     | /district/11440        | false
            """)
    void onlyReadingAPublicPageSkipsTheModule(String method, String contextPath, String uri, boolean skips) {
        assertEquals(skips, StaffAuthenticationScope.passesAnonymously(message(method, contextPath, uri, Map.of())));
    }

    @Test
    void aProtectedResourceAlwaysGoesToTheModuleEvenAtAPublicAddress() {
        assertFalse(StaffAuthenticationScope.passesAnonymously(
                message("GET", "", "/district/11440", Map.of(StaffAuthenticationScope.MANDATORY, "true"))));
    }

    private static MessageInfo message(String method, String contextPath, String uri, Map<String, Object> properties) {
        Map<String, String> answers = Map.of("getMethod", method, "getContextPath", contextPath, "getRequestURI", uri);
        var request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> {
                    if (!answers.containsKey(called.getName())) {
                        throw new UnsupportedOperationException(called.getName());
                    }
                    return answers.get(called.getName());
                });
        Map<Object, Object> map = new HashMap<>(properties);
        return new MessageInfo() {
            @Override
            public Object getRequestMessage() {
                return request;
            }

            @Override
            public Object getResponseMessage() {
                return null;
            }

            @Override
            public void setRequestMessage(Object message) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void setResponseMessage(Object message) {
                throw new UnsupportedOperationException();
            }

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Map getMap() {
                return map;
            }
        };
    }
}
