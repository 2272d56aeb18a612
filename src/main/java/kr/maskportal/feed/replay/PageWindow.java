package kr.maskportal.feed.replay;

/**
 * One page of a listing as the feed pages it: pages count from 1, and a page past the end is empty but still
 * reports the listing's totals, so a client can tell it walked off the end.
 */
record PageWindow(int page, int perPage, int totalCount) {

    PageWindow {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1, asked for page " + page);
        }
        if (perPage < 1) {
            throw new IllegalArgumentException("a page holds at least one row, asked for " + perPage);
        }
    }

    int totalPages() {
        return (int) ((totalCount + (long) perPage - 1) / perPage);
    }

    int from() {
        return (int) Math.min(totalCount, (long) (page - 1) * perPage);
    }

    int to() {
        return (int) Math.min(totalCount, (long) page * perPage);
    }

    int count() {
        return to() - from();
    }
}
