package kr.maskportal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The easy pages' style sheet (webapp-themes/easy/easy.css) for inlining into each page ({@code #{easyStyle.css}}):
 * on a slow line a second request for a style sheet would cost a whole round trip, and the page must be readable
 * as soon as its first bytes arrive. Read from the WAR once, comments and runs of white space left out.
 */
@Named
@ApplicationScoped
public class EasyStyle {

    static final String PATH = "/themes/easy/easy.css";

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE_AROUND_BRACES = Pattern.compile(" ?([{};]) ?");

    @Inject
    ServletContext context;

    private volatile String css;

    public String getCss() {
        String read = css;
        if (read == null) {
            read = compact(load());
            css = read;
        }
        return read;
    }

    /**
     * The rules without comments and without white space that means nothing. Runs of white space become one space
     * everywhere, strings included, so the sheet's strings must not depend on more ({@code content: " · "}).
     */
    static String compact(String css) {
        String plain = WHITE_SPACE.matcher(COMMENT.matcher(css).replaceAll(" ")).replaceAll(" ");
        return SPACE_AROUND_BRACES.matcher(plain).replaceAll("$1").strip();
    }

    private String load() {
        try (InputStream in = context.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException(PATH + " is not in the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
