package kr.maskportal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the staff pages: keeps its cookies, follows no redirects by itself, and posts
 * Faces forms as a browser would (the form's fields, its button and its view state).
 */
public final class StaffBrowser {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The staff forms' CSRF token (platform.web.FormToken), a hidden field of every form. */
    public static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf_token\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(30);

    public StaffBrowser(URI base) {
        this.base = base;
    }

    /** How long a request may take; 30 seconds unless a test sends a lot (an import of every seller). */
    public StaffBrowser patience(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts the form with the given id found on the page, as its button would. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form " + formId + " on " + page.uri());
        }
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("no view state on " + page.uri());
        }
        Matcher token = FORM_TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no form token on " + page.uri());
        }
        return post(form.group(1), formId, button, fields, viewState.group(1), token.group(1));
    }

    /**
     * Posts to the given action with whatever view state the caller chooses and no form token: a post forged on
     * another site, which can know neither.
     */
    public HttpResponse<String> post(String action, String formId, String button, Map<String, String> fields, String viewState)
            throws IOException, InterruptedException {
        return post(action, formId, button, fields, viewState, null);
    }

    /** Posts to the given action with the view state and form token (none if null) the caller chooses. */
    public HttpResponse<String> post(String action, String formId, String button, Map<String, String> fields,
            String viewState, String formToken) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(formId, formId);
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, "");
        body.put("jakarta.faces.ViewState", viewState);
        if (formToken != null) {
            body.put("csrf_token", formToken);
        }
        String encoded = body.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action.replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    /**
     * Posts the form with the given id found on the page as a browser posts a form with a file field
     * ({@code multipart/form-data}): the file, the button, the view state and the form token.
     */
    public HttpResponse<String> upload(HttpResponse<String> page, String formId, String button, String fileField,
            String fileName, byte[] content) throws IOException, InterruptedException {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        Matcher token = FORM_TOKEN.matcher(page.body());
        if (!form.find() || !viewState.find() || !token.find()) {
            throw new AssertionError("no form " + formId + " with view state and token on " + page.uri());
        }
        String boundary = "----StaffBrowser" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(formId, formId);
        fields.put(formId + ":" + button, "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("csrf_token", token.group(1));
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(cookies.get("JSESSIONID"));
    }

    public void useSessionId(String id) {
        cookies.put("JSESSIONID", id);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(timeout).header("Accept-Language", "ko-KR,ko;q=0.9");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String cookie : set) {
            String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
            cookies.put(nameValue[0].trim(), nameValue.length > 1 ? nameValue[1].trim() : "");
        }
        return response;
    }

    /** Signs in through the login form, as a person would. */
    public HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", login);
        fields.put("password", password);
        return submit(get("login.xhtml"), "signin", "submit", fields);
    }
}
