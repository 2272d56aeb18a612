package kr.maskportal.report.boundary;

/**
 * A number as a pharmacist typed it into a form: blank, a whole number, or something else. Whether the number is in
 * range is the report's own rule ({@link kr.maskportal.report.entity.Report#of}); this only reads the text.
 *
 * @param value    null when blank or unreadable; a number beyond {@code int} is clamped, so that it stays out of
 *                 range instead of wrapping into it
 * @param readable false for text that is no whole number ("열둘", "1.5")
 */
record NumberInput(Integer value, boolean readable) {

    /** Longer than this, the digits cannot be an int: clamped without parsing. */
    private static final int MOST_INT_DIGITS = 10;

    static NumberInput parse(String text) {
        if (text == null || text.isBlank()) {
            return new NumberInput(null, true);
        }
        // Thousands separators as people write them ("1,000") and spaces a phone keyboard adds are not mistakes.
        String clean = text.strip().replace(",", "").replace(" ", "");
        boolean negative = clean.startsWith("-");
        String digits = negative || clean.startsWith("+") ? clean.substring(1) : clean;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return new NumberInput(null, false);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        long magnitude = significant.length() > MOST_INT_DIGITS ? Long.MAX_VALUE : Long.parseLong(significant);
        long signed = negative ? -magnitude : magnitude;
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, signed));
        return new NumberInput(clamped, true);
    }
}
