package kr.maskportal.feed.control;

/**
 * One page of a listing as the 2020 feed pages it: pages count from 1, and a page past the end is empty but still
 * reports the listing's totals, so a client can tell it walked off the end. The replayed demo feed and the
 * portal's own corrected feed page alike.
 */
public record PageWindow(int page, int perPage, int totalCount) {

    public PageWindow {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, asked for page " + page);
        }
        if (perPage < 1) {
            throw new IllegalArgumentException("a page holds at least one row, asked for " + perPage);
        }
    }

    public int totalPages() {
        return (int) ((totalCount + (long) perPage - 1) / perPage);
    }

    public int from() {
        return (int) Math.min(totalCount, (long) (page - 1) * perPage);
    }

    public int to() {
        return (int) Math.min(totalCount, (long) page * perPage);
    }

    public int count() {
        return to() - from();
    }
}
