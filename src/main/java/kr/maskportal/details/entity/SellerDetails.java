package kr.maskportal.details.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pharmacist tells residents about a seller beyond its stock: a number to call, opening hours by day, and a
 * short description of how they sell ("번호표는 오전 9시부터 배부"). Each part may be left out. Plain values, checked
 * by {@link #check}; the description is plain text, shown escaped with its line breaks.
 *
 * @param phone       null when none was given
 * @param hours       the days given, in {@link OpeningDay} order; a day left out was not given
 * @param description null when none was given
 */
public record SellerDetails(PhoneNumber phone, Map<OpeningDay, DayHours> hours, String description) {

    public static final int DESCRIPTION_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LINES = 5;
    public static final SellerDetails NONE = new SellerDetails(null, Map.of(), null);

    public SellerDetails {
        EnumMap<OpeningDay, DayHours> days = new EnumMap<>(OpeningDay.class);
        days.putAll(hours);
        hours = Collections.unmodifiableMap(days);
    }

    public boolean isEmpty() {
        return phone == null && hours.isEmpty() && description == null;
    }

    /**
     * Details as typed into the form, checked whole: every problem is named, so that the form can show them all at
     * once.
     *
     * @param days every day's draft; a day missing from the map counts as not given
     * @throws InvalidDetails with every problem found
     */
    public static SellerDetails check(String phone, Map<OpeningDay, DayDraft> days, String description) {
        List<DetailsProblem> problems = new ArrayList<>();
        PhoneNumber number = null;
        try {
            number = PhoneNumber.parse(phone).orElse(null);
        } catch (InvalidDetails e) {
            problems.addAll(e.problems());
        }
        EnumMap<OpeningDay, DayHours> hours = new EnumMap<>(OpeningDay.class);
        for (OpeningDay day : OpeningDay.values()) {
            DayDraft draft = days.get(day);
            if (draft != null) {
                day(day, draft, problems).ifPresent(h -> hours.put(day, h));
            }
        }
        String text = description(description, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDetails(problems);
        }
        return new SellerDetails(number, hours, text);
    }

    private static Optional<DayHours> day(OpeningDay day, DayDraft draft, List<DetailsProblem> problems) {
        DayDraft.State state;
        try {
            state = DayDraft.State.valueOf(draft.state() == null ? "NONE" : draft.state());
        } catch (IllegalArgumentException e) {
            problems.add(new DetailsProblem(DetailsField.DAY_STATE, day, DetailsProblem.Kind.DAY_STATE_UNKNOWN));
            return Optional.empty();
        }
        boolean opensTyped = draft.opens() != null && !draft.opens().isBlank();
        boolean closesTyped = draft.closes() != null && !draft.closes().isBlank();
        if (state != DayDraft.State.OPEN) {
            if (opensTyped || closesTyped) {
                problems.add(new DetailsProblem(DetailsField.DAY_STATE, day, DetailsProblem.Kind.TIMES_WHEN_NOT_OPEN));
                return Optional.empty();
            }
            return state == DayDraft.State.CLOSED ? Optional.of(DayHours.CLOSED) : Optional.empty();
        }
        String opens = time(day, DetailsField.DAY_OPENS, draft.opens(), opensTyped, false, problems);
        String closes = time(day, DetailsField.DAY_CLOSES, draft.closes(), closesTyped, true, problems);
        if (opens == null || closes == null) {
            return Optional.empty();
        }
        if (closes.compareTo(opens) <= 0) {
            problems.add(new DetailsProblem(DetailsField.DAY_CLOSES, day, DetailsProblem.Kind.CLOSES_NOT_AFTER_OPENS));
            return Optional.empty();
        }
        return Optional.of(DayHours.open(opens, closes));
    }

    private static String time(OpeningDay day, DetailsField field, String typed, boolean given, boolean closing,
            List<DetailsProblem> problems) {
        if (!given) {
            problems.add(new DetailsProblem(field, day, DetailsProblem.Kind.TIME_MISSING));
            return null;
        }
        String time = DayHours.time(typed, closing);
        if (time == null) {
            problems.add(new DetailsProblem(field, day, DetailsProblem.Kind.TIME_FORMAT));
        }
        return time;
    }

    /** Stripped, line breaks as {@code \n}, trailing spaces of each line dropped; null when nothing is left. */
    private static String description(String typed, List<DetailsProblem> problems) {
        if (typed == null) {
            return null;
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').strip()
                .replaceAll("[ \\t]+\n", "\n");
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > DESCRIPTION_MAX_LENGTH) {
            problems.add(DetailsProblem.of(DetailsField.DESCRIPTION, DetailsProblem.Kind.DESCRIPTION_TOO_LONG));
        } else if (text.split("\n", -1).length > DESCRIPTION_MAX_LINES) {
            problems.add(DetailsProblem.of(DetailsField.DESCRIPTION, DetailsProblem.Kind.DESCRIPTION_TOO_MANY_LINES));
        } else if (text.codePoints().anyMatch(c -> c != '\n' && (Character.isISOControl(c)
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE))) {
            problems.add(DetailsProblem.of(DetailsField.DESCRIPTION, DetailsProblem.Kind.DESCRIPTION_BAD_CHARACTERS));
        }
        return text;
    }

    /** The stored description's length in characters as residents count them, for "지금 {n}자입니다". */
    public static int length(String typed) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").strip();
        return text.codePointCount(0, text.length());
    }
}
