package kr.maskportal.details.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Korean telephone number a resident can call, kept as the digits dialled within Korea: a landline with its area
 * code (02 Seoul; 031 to 064 the provinces), a mobile (010), an internet phone (070), or a nationwide
 * representative number (15xx, 16xx, 18xx: eight digits, no area code). Typed with or without hyphens, spaces or
 * dots between the groups, or with +82 for the leading 0; when hyphens are typed they must be where they are
 * written ({@code 02-123-4567}, not {@code 021-234-567}), so that a slip is asked about rather than guessed.
 */
public final class PhoneNumber {

    /** Longer than any number written out with +82 and separators: anything longer is no phone number. */
    static final int MAX_TYPED = 20;
    private static final Pattern AREA = Pattern.compile("0(2|3[1-3]|4[1-4]|5[1-5]|6[1-4])");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern TYPED = Pattern.compile("(\\+82[\\s.\\-]?)?[0-9][0-9\\s.\\-]*[0-9]");

    private final String digits;

    private PhoneNumber(String digits) {
        this.digits = digits;
    }

    /**
     * The number typed, normalised; empty when nothing was typed.
     *
     * @throws InvalidDetails not a Korean number this portal knows how to show
     */
    public static Optional<PhoneNumber> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > MAX_TYPED || !TYPED.matcher(text).matches()) {
            throw refused();
        }
        String national = text.startsWith("+82") ? "0" + stripZero(SEPARATORS.matcher(text.substring(3))
                .replaceAll("")) : SEPARATORS.matcher(text).replaceAll("");
        PhoneNumber number = ofDigits(national).orElseThrow(PhoneNumber::refused);
        if (text.indexOf('-') >= 0 && !text.startsWith("+82") && !text.replaceAll("\\s", "").equals(number.shown())) {
            throw refused();
        }
        return Optional.of(number);
    }

    /** A number as stored (digits only); empty for digits that are not a number {@link #parse} accepts. */
    public static Optional<PhoneNumber> ofDigits(String digits) {
        if (digits == null || !digits.matches("[0-9]{8,11}")) {
            return Optional.empty();
        }
        boolean valid;
        if (digits.matches("1[568][0-9]{6}")) {
            valid = true;
        } else if (digits.startsWith("010") || digits.startsWith("070")) {
            valid = digits.length() == 11;
        } else if (digits.startsWith("02")) {
            valid = digits.length() == 9 || digits.length() == 10;
        } else {
            valid = digits.length() >= 10 && AREA.matcher(digits.substring(0, 3)).matches()
                    && (digits.length() == 10 || digits.length() == 11);
        }
        return valid ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** {@code +82 2-123-4567} is dialled {@code 02-123-4567}; a stray 0 after +82 is dropped the same way. */
    private static String stripZero(String rest) {
        return rest.startsWith("0") ? rest.substring(1) : rest;
    }

    private static InvalidDetails refused() {
        return new InvalidDetails(DetailsProblem.of(DetailsField.PHONE, DetailsProblem.Kind.PHONE_FORMAT));
    }

    /** As stored and as a {@code tel:} link dials it: the digits alone, as everyone in Korea dials them. */
    public String digits() {
        return digits;
    }

    /** As residents read it: {@code 02-123-4567}, {@code 031-1234-5678}, {@code 010-1234-5678}, {@code 1588-1234}. */
    public String shown() {
        if (digits.length() == 8) {
            return digits.substring(0, 4) + "-" + digits.substring(4);
        }
        int area = digits.startsWith("02") ? 2 : 3;
        int last = digits.length() - 4;
        return digits.substring(0, area) + "-" + digits.substring(area, last) + "-" + digits.substring(last);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber phone && phone.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return shown();
    }
}
