package kr.maskportal.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests pages as a browser without cookies would: every request stands alone. */
public final class PortalHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private PortalHttp() {
    }

    public static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "ko-KR,ko;q=0.9").GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
