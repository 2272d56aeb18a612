package kr.maskportal.official.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends a staff page's request with a CSV download: a report page's table ({@code ?export=<table id>}), after the
 * page has checked the official's district exactly as it does for the page itself, or other bytes a page made.
 */
public final class CsvResponse {

    private CsvResponse() {
    }

    /** @param fileStem the file name without {@code .csv}, e.g. {@code 11440-2020-03-10-hourly} */
    public static void send(ReportTable table, String fileStem) {
        send(CsvFile.of(table, OfficialWords.bundle(), OfficialWords.STAFF_LOCALE), fileStem);
    }

    /** Any staff page's CSV bytes as a download that no cache keeps. */
    public static void send(byte[] csv, String fileStem) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = fileStem + ".csv";
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(csv.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\""
                + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        external.setResponseHeader("Cache-Control", "private, no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
