package kr.maskportal.feed.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kr.maskportal.feed.replay.FeedApiJson;

/**
 * The demo's stand-in for the 2020 public mask API, at {@code /replay/}: the same endpoints, parameters and JSON,
 * answering from the replayed sales day. Off unless PORTAL_FEED_REPLAY_ENABLED (on by default in the demo).
 */
@WebServlet("/replay/*")
public class ReplayFeedServlet extends HttpServlet {

    @Inject
    DemoReplay replay;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!replay.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FeedApiJson feed = replay.feed();
        Instant now = replay.clock().instant();
        JsonObject body;
        try {
            body = switch (String.valueOf(request.getPathInfo())) {
                case "/stores/json" -> feed.stores(number(request, "page", 1), number(request, "perPage", 500));
                case "/sales/json" -> feed.sales(now, number(request, "page", 1), number(request, "perPage", 500));
                case "/storesByAddr/json" -> feed.storesByAddr(request.getParameter("address"), now);
                case "/storesByGeo/json" -> feed.storesByGeo(decimal(request, "lat"), decimal(request, "lng"),
                        number(request, "m", 1000), now);
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (body == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int number(HttpServletRequest request, String name, int absent) {
        String value = request.getParameter(name);
        return value == null ? absent : Integer.parseInt(value.trim());
    }

    private static double decimal(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return Double.parseDouble(value.trim());
    }
}
