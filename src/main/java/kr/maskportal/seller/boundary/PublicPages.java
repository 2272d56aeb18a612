package kr.maskportal.seller.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.details.control.DetailsBoard;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.platform.i18n.Language;
import kr.maskportal.platform.i18n.PageLanguage;
import kr.maskportal.platform.web.CachedBody;
import kr.maskportal.platform.web.CapturedResponse;
import kr.maskportal.official.control.NoticeBoard;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.seller.control.ListPage;
import kr.maskportal.seller.control.ListingChoices;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;

/**
 * The residents' public pages at readable addresses ({@code /}, {@code /province/11}, {@code /district/11440},
 * {@code /seller/11806923}, and the same in English under {@code /en}),
 * served as bytes from memory. Each is rendered by its Faces view at most once per version of the data it shows
 * and per minute (the ages on the page count minutes), then sent as it is to everyone, so a rush costs no
 * rendering and no database round trips; a gzipped copy is kept for the browsers that take one. Each copy carries a
 * strong ETag and its Last-Modified, so a browser or a cache that holds it gets a bodiless 304, and may reuse it for
 * a short while without asking. Declared in web.xml, after the security headers. A district page is kept once per
 * sort and filter choice; the choices are normalised to the known values first, so junk query strings all share the
 * default page's entry; an easy district page is kept once per page of its list ({@code ?page=2}), normalised the
 * same way. The search ({@code /search?q=서교동}) is rendered the same way but never kept: any text makes a new
 * address, and a search is a scan of memory anyway.
 */
public class PublicPages extends HttpFilter {

    private static final Pattern PROVINCE = Pattern.compile("/province/(\\d{2})");
    private static final Pattern DISTRICT = Pattern.compile("/district/(\\d{5})");
    private static final Pattern SELLER = Pattern.compile("/seller/(\\d{8,10})");
    private static final String DISTRICT_VIEW = "/district.xhtml?code=";
    private static final String SEARCH = "/search";
    private static final String EASY = EasyAddress.EASY;
    /** Not /easy: a folder of that name would make the container redirect /easy to /easy/ before any filter. */
    private static final String EASY_VIEWS = "/easy-views";
    private static final String EASY_DISTRICT_VIEW = EASY_VIEWS + "/district.xhtml?code=";
    /** Far more than the pages residents actually open at once (268 places, a few of their sort and filter choices, the sellers in demand), so a flood of distinct addresses cannot grow it without bound. */
    private static final int MOST_PAGES = 5_000;
    /**
     * Browsers and shared caches may reuse a page for 30 seconds without asking: the pages count ages in minutes, so
     * a reused copy is at most half a minute behind, and a reload still asks (If-None-Match) and gets a 304 while
     * nothing changed. Longer would hide a pharmacist's "sold out" from a resident for too long during a rush.
     */
    static final String CACHED = "public, max-age=30";
    /** Errors and pages that are not for everyone: never reused without asking. */
    static final String UNCACHED = "no-cache";

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard board;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reports;

    @Inject
    NoticeBoard notices;

    @Inject
    DetailsBoard details;

    @Inject
    DatabaseHealth database;

    @Inject
    Clock clock;

    /** Real time, not the portal's (possibly replayed) clock: Last-Modified is compared with browsers' clocks. */
    private final Clock wallClock = Clock.systemUTC();

    private final ConcurrentMap<String, Slot> cache = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getRequestURI().substring(request.getContextPath().length());
        Language language = Language.ofPath(requested);
        String path = language.unprefixed(requested);
        String view = view(path);
        if (view == null) {
            if (language != Language.KO || path.startsWith("/province/") || path.startsWith("/district/")
                    || path.startsWith("/seller/") || path.startsWith(EASY + "/")) {
                response.setHeader("Cache-Control", UNCACHED);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String address = path;
        if (view.startsWith(DISTRICT_VIEW)) {
            ListingChoices choices = ListingChoices.fromParameterValues(request.getParameterValues(ListingChoices.SORT),
                    request.getParameterValues(ListingChoices.TYPE), request.getParameterValues(ListingChoices.LIKELY));
            address = path + choices.query();
            view = view + "&" + choices.forwardedParameters();
        } else if (view.startsWith(EASY_DISTRICT_VIEW)) {
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
        String key = language.prefix() + address;
        Instant now = clock.instant();
        var version = new DataVersion(directory.version(), board.version(), reports.version(), forecasts.version(),
                notices.stateAt(now), details.version(), now.toEpochMilli() / 60_000, database.version());
        Slot slot = search ? new Slot() : slot(key);
        RenderedPage page = slot.page;
        if (page == null || !page.version().equals(version)) {
            page = renderOrLast(slot, key, version, request, response, view, language, address);
            if (page == null) {
                return; // not a page for everyone (a 404, a redirect): it went out as it was
            }
        }
        page.body().send(request, response, CACHED);
    }

    private Slot slot(String key) {
        Slot slot = cache.get(key);
        if (slot == null) {
            if (cache.size() >= MOST_PAGES) {
                cache.clear();
            }
            slot = cache.computeIfAbsent(key, k -> new Slot());
        }
        return slot;
    }

    /**
     * The page for this version of the data, rendered by one request at a time: while it renders, the others get
     * the version before, which is at most a render's time older than the data (a rush would otherwise render the
     * same page once per waiting request, every time the minute turns or the feed brings news). Only a page never
     * rendered yet is waited for. Null when the view did not give a page that may be cached; it was then sent.
     */
    private RenderedPage renderOrLast(Slot slot, String key, DataVersion version, HttpServletRequest request,
            HttpServletResponse response, String view, Language language, String address)
            throws IOException, ServletException {
        RenderedPage last = slot.page;
        if (last == null) {
            slot.rendering.lock();
        } else if (!slot.rendering.tryLock()) {
            return last;
        }
        try {
            RenderedPage current = slot.page;
            if (current != null && current.version().equals(version)) {
                return current; // rendered while this request waited
            }
            request.setAttribute(Language.ATTRIBUTE, language);
            request.setAttribute(PageLanguage.PAGE_ADDRESS, address);
            response.setHeader("Cache-Control", UNCACHED); // stays on an error the view sends; a page replaces it
            var captured = new CapturedResponse(response);
            request.getRequestDispatcher(view).forward(request, captured);
            if (!captured.isCacheable()) {
                slot.page = null;
                cache.remove(key, slot);
                if (!captured.wasPassedThrough()) {
                    sendUncached(response, captured);
                }
                return null;
            }
            RenderedPage rendered = new RenderedPage(version, CachedBody.of(captured.getContentType(),
                    captured.bytes(), wallClock.instant(), current == null ? null : current.body()));
            slot.page = rendered;
            return rendered;
        } finally {
            slot.rendering.unlock();
        }
    }

    /** A page the view rendered but that must not be kept or shared (not a plain 200): sent as it is, uncompressed. */
    private static void sendUncached(HttpServletResponse response, CapturedResponse captured) throws IOException {
        byte[] body = captured.bytes();
        response.setContentType(captured.getContentType());
        response.setHeader("Cache-Control", UNCACHED);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether an address (without the context path) is one of the residents' pages this filter serves. */
    public static boolean isPublicPage(String path) {
        return view(Language.ofPath(path).unprefixed(path)) != null;
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

    /**
     * What a cached page depends on: the directory, the feed, the reports, the district notices (posted, withdrawn,
     * or begun or ended since), the sellers' details (phone, hours, description), the minute (ages count minutes),
     * and whether the database answers (the pages say when it does not, as what they show may then be old).
     */
    private record DataVersion(long directory, long board, long reports, long forecasts, long notices, long details,
            long minute,
            long database) {
    }

    /** One address's cached page, and who is rendering its next version. */
    private static final class Slot {
        volatile RenderedPage page;
        final ReentrantLock rendering = new ReentrantLock();
    }

    /** A page as rendered for one version of the data. */
    private record RenderedPage(DataVersion version, CachedBody body) {
    }
}
