package kr.maskportal.seller.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One page of a list too long to send at once ({@code ?page=2}): the easy pages must stay small on a slow line,
 * so a large district's sellers come a page at a time. As with {@link ListingChoices}, the number in the address
 * is normalised first (anything but one plain number from 1 is page 1), so junk query strings all share the first
 * page's cache entry.
 *
 * @param number  this page, from 1
 * @param count   how many pages the list has; an empty list has one, empty
 * @param from    index of the page's first item in the whole list
 * @param to      index after its last item
 */
public record ListPage(int number, int count, int from, int to) {

    public static final String PARAM = "page";

    /** No district has near as many sellers; a longer number is junk, not a page. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9]\\d{0,3}");

    /** From {@code getParameterValues}: absent, repeated or junk means page 1. */
    public static int requested(String[] values) {
        return requested(values != null && values.length == 1 ? values[0] : null);
    }

    /** From a single value (a Faces view parameter). */
    public static int requested(String value) {
        return value != null && PAGE_NUMBER.matcher(value).matches() ? Integer.parseInt(value) : 1;
    }

    /** The shortest query for a page, for links and for the cache key: {@code ""} for page 1. */
    public static String query(int number) {
        return number == 1 ? "" : "?" + PARAM + "=" + number;
    }

    /** Page {@code number} of {@code total} items, {@code size} a page; empty when the list has no such page. */
    public static Optional<ListPage> of(int number, int total, int size) {
        if (size < 1 || total < 0) {
            throw new IllegalArgumentException("size " + size + ", total " + total);
        }
        int count = Math.max(1, (total + size - 1) / size);
        if (number < 1 || number > count) {
            return Optional.empty();
        }
        int from = (number - 1) * size;
        return Optional.of(new ListPage(number, count, from, Math.min(total, from + size)));
    }

    /** Pages call this and the three below as methods ({@code #{p.hasNext()}}): page 1's query is empty. */
    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < count;
    }

    public String previousQuery() {
        return query(number - 1);
    }

    public String nextQuery() {
        return query(number + 1);
    }

    /** For Expression Language, which cannot read record components. */
    public int getNumber() {
        return number;
    }

    public int getCount() {
        return count;
    }

    /** The list number of the page's first item, for {@code <ol start>}: the numbers run on across pages. */
    public int getFirstPosition() {
        return from + 1;
    }

    public boolean isPaged() {
        return count > 1;
    }
}
