package kr.maskportal.seller.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import kr.maskportal.platform.i18n.Language;
import kr.maskportal.platform.i18n.PageLanguage;
import kr.maskportal.platform.web.CapturedResponse;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.ListPage;
import kr.maskportal.seller.control.ListingChoices;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.StockBoard;

/**
 * The residents' public pages at readable addresses ({@code /}, {@code /province/11}, {@code /district/11440},
 * {@code /seller/11806923}; the easy pages for elderly residents at the same addresses under {@code /easy}; and all
 * of them in English under {@code /en}),
 * served as bytes from memory. Each is rendered by its Faces view at most once per version of the data it shows
 * and per minute (the ages on the page count minutes), then sent as it is to everyone, so a rush costs no
 * rendering and no database round trips; a gzipped copy is kept for the browsers that take one. Declared in
 * web.xml, after the security headers. A district page is kept once per sort and filter choice; the choices are
 * normalised to the known values first, so junk query strings all share the default page's entry; an easy district
 * page is kept once per page of its list ({@code ?page=2}), normalised the same way. The search
 * ({@code /search?q=서교동}) is rendered the same way but never kept: any text makes a new address, and a search is
 * a scan of memory anyway.
 */
public class PublicPages extends HttpFilter {

    private static final Pattern PROVINCE = Pattern.compile("/province/(\\d{2})");
    private static final Pattern DISTRICT = Pattern.compile("/district/(\\d{5})");
    private static final Pattern SELLER = Pattern.compile("/seller/(\\d{8,10})");
    private static final String SEARCH = "/search";
    private static final String EASY = EasyAddress.EASY;
    /** Not /easy: a folder of that name would make the container redirect /easy to /easy/ before any filter. */
    private static final String EASY_VIEWS = "/easy-views";
    private static final String EASY_DISTRICT_VIEW = EASY_VIEWS + "/district.xhtml?code=";
    /** Far more than the pages residents actually open at once (268 places, a few of their sort and filter choices, the sellers in demand), so a flood of distinct addresses cannot grow it without bound. */
    private static final String DISTRICT_VIEW = "/district.xhtml?code=";
    private static final int MOST_PAGES = 5_000;

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ReportBoard reports;

    @Inject
    Clock clock;

    private final ConcurrentMap<String, RenderedPage> cache = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getRequestURI().substring(request.getContextPath().length());
        Language language = Language.ofPath(requested);
        String path = language.unprefixed(requested);
        String view = view(path);
        String address = path;
        if (view != null && view.startsWith(DISTRICT_VIEW)) {
            ListingChoices choices = ListingChoices.fromParameterValues(request.getParameterValues(ListingChoices.SORT),
                    request.getParameterValues(ListingChoices.TYPE), request.getParameterValues(ListingChoices.LIKELY));
            address = path + choices.query();
            view = view + "&" + choices.forwardedParameters();
        } else if (view != null && view.startsWith(EASY_DISTRICT_VIEW)) {
            int page = ListPage.requested(request.getParameterValues(ListPage.PARAM));
            address = path + ListPage.query(page);
            view = view + "&" + ListPage.PARAM + "=" + page;
        } else if (path.equals(EASY + "/")) {
            address = EASY;
        }
        boolean search = SEARCH.equals(path);
        if (search) {
            String q = request.getParameter("q");
            address = q == null || q.isEmpty() ? path : path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        }
        if (view == null) {
            if (language != Language.KO || path.startsWith("/province/") || path.startsWith("/district/")
                    || path.startsWith("/seller/") || path.startsWith(EASY + "/")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        request.setAttribute(Language.ATTRIBUTE, language);
        request.setAttribute(PageLanguage.PAGE_ADDRESS, address);
        String key = language.prefix() + address;
        String version = directory.version() + "/" + board.version() + "/" + reports.version() + "/"
                + clock.millis() / 60_000;
        RenderedPage page = search ? null : cache.get(key);
        if (page == null || !page.version().equals(version)) {
            var captured = new CapturedResponse(response);
            request.getRequestDispatcher(view).forward(request, captured);
            if (!captured.isCacheable()) {
                if (!captured.wasPassedThrough()) {
                    send(request, response, RenderedPage.of(version, captured.getContentType(), captured.bytes()));
                }
                return;
            }
            page = RenderedPage.of(version, captured.getContentType(), captured.bytes());
            if (!search) {
                if (cache.size() >= MOST_PAGES) {
                    cache.clear();
                }
                cache.put(key, page);
            }
        }
        send(request, response, page);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page)
            throws IOException {
        String accepted = request.getHeader("Accept-Encoding");
        boolean gzip = accepted != null && accepted.contains("gzip");
        byte[] body = gzip ? page.gzipped() : page.bytes();
        response.setContentType(page.contentType());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", "no-cache");
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The Faces view for a public address, or null when it is none. */
    static String view(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return "/index.xhtml";
        }
        if (path.equals(EASY) || path.equals(EASY + "/")) {
            return EASY_VIEWS + "/index.xhtml";
        }
        if (path.startsWith(EASY + "/")) {
            String ordinary = path.substring(EASY.length());
            String inner = ordinary.startsWith(EASY) ? null : view(ordinary);
            return inner == null ? null : EASY_VIEWS + inner;
        }
        Matcher province = PROVINCE.matcher(path);
        if (province.matches()) {
            return "/province.xhtml?code=" + province.group(1);
        }
        Matcher district = DISTRICT.matcher(path);
        if (district.matches()) {
            return DISTRICT_VIEW + district.group(1);
        }
        if (path.equals(SEARCH)) {
            return "/search.xhtml";
        }
        Matcher seller = SELLER.matcher(path);
        return seller.matches() ? "/seller.xhtml?code=" + seller.group(1) : null;
    }

    private record RenderedPage(String version, String contentType, byte[] bytes, byte[] gzipped) {

        static RenderedPage of(String version, String contentType, byte[] bytes) {
            var compressed = new ByteArrayOutputStream(bytes.length / 4);
            try (var gzip = new GZIPOutputStream(compressed)) {
                gzip.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("gzip into memory cannot fail", e);
            }
            return new RenderedPage(version, contentType, bytes, compressed.toByteArray());
        }
    }
}
