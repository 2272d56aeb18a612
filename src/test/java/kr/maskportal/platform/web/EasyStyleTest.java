package kr.maskportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The easy pages' style sheet: what it promises elderly readers, checked on the file itself. */
class EasyStyleTest {

    private static final Path SHEET = Path.of("webapp-themes/easy/easy.css");
    private static final Pattern CUSTOM_PROPERTY = Pattern.compile("--([a-z]+):\\s*(#[0-9a-fA-F]{6})");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(textBlock = """
            ink,    paper
            ink,    band
            ink,    warn
            ink,    focus
            link,   paper
            link,   band
            paper,  link
            plenty, paper
            some,   paper
            few,    paper
            """)
    void everyTextColourReachesSevenToOneOnItsBackground(String text, String background) throws IOException {
        Map<String, String> palette = palette();
        double ratio = contrast(palette.get(text), palette.get(background));
        assertTrue(ratio >= 7.0, text + " on " + background + ": " + ratio);
    }

    @Test
    void colourIsSetOnlyThroughThePaletteOnScreenAndBlackOnPaper() throws IOException {
        String sheet = Files.readString(SHEET);
        String screen = sheet.substring(sheet.indexOf("* { box-sizing"), sheet.indexOf("@media print"));
        Matcher literal = Pattern.compile("#[0-9a-fA-F]{3,6}\\b|rgb|hsl").matcher(screen);
        assertFalse(literal.find(), () -> "a colour outside the palette: " + literal.group());
        String print = sheet.substring(sheet.indexOf("@media print"));
        Matcher printed = Pattern.compile("#[0-9a-fA-F]{3,6}\\b").matcher(print);
        while (printed.find()) {
            assertEquals("#000", printed.group(), "on paper everything is black");
        }
    }

    @Test
    void textIsLargeAndSpacedAndLinksAreBigEnoughToHit() throws IOException {
        String screen = Files.readString(SHEET);
        screen = screen.substring(0, screen.indexOf("@media print"));
        Matcher body = Pattern.compile("body \\{([^}]*)}").matcher(screen);
        assertTrue(body.find());
        assertTrue(body.group(1).contains("font-size: 1.375rem;"), "22 px at the default size, at least 20");
        assertTrue(body.group(1).contains("line-height: 1.6;"));
        Matcher sizes = Pattern.compile("font-size:\\s*([\\d.]+)(rem|em|px|%)").matcher(screen);
        while (sizes.find()) {
            double value = Double.parseDouble(sizes.group(1));
            assertTrue(sizes.group(2).equals("rem") && value >= 1.25, "no text below 20 px: " + sizes.group());
        }
        assertTrue(screen.contains("min-height: 44px;") && screen.contains("min-width: 44px;"));
        assertTrue(screen.contains("a:focus {\n    outline: 4px solid"), "a visible focus");
        assertFalse(Pattern.compile("[^-]width:\\s*[\\d.]+(px|rem|em)").matcher(screen).find(),
                "no fixed widths, so 200% zoom never scrolls sideways");
        assertFalse(screen.contains("@import") || screen.contains("url(") || screen.contains("@font-face"),
                "nothing more to download");
    }

    @Test
    void compactingDropsCommentsAndWhiteSpaceButKeepsWhatTheRulesSay() {
        String css = """
                /* a comment
                   over lines */
                a:focus {
                    outline: 4px solid var(--ink);
                }
                li > * + *::before { content: " · "; }
                """;
        assertEquals("a:focus{outline: 4px solid var(--ink);}li > * + *::before{content: \" · \";}",
                EasyStyle.compact(css));
    }

    @Test
    void theCompactedSheetIsSmallEnoughToGoWithEveryPage() throws IOException {
        String compact = EasyStyle.compact(Files.readString(SHEET));
        assertFalse(compact.contains("/*"));
        assertTrue(compact.length() < 6_000, "inlined into every page: " + compact.length() + " characters");
    }

    private static Map<String, String> palette() throws IOException {
        String sheet = Files.readString(SHEET);
        String root = sheet.substring(sheet.indexOf(":root {"), sheet.indexOf('}', sheet.indexOf(":root {")));
        Map<String, String> colours = new HashMap<>();
        Matcher m = CUSTOM_PROPERTY.matcher(root);
        while (m.find()) {
            colours.put(m.group(1), m.group(2));
        }
        return colours;
    }

    /** WCAG 2 contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
