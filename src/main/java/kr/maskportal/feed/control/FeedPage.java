package kr.maskportal.feed.control;

import java.util.List;

/**
 * One parsed response of the feed. The numbers are null when the response left them out or gave no whole number;
 * {@code storesByAddr} and {@code storesByGeo} give no page numbers at all.
 *
 * @param count   what the response says it holds; {@code records} is what it actually held
 * @param address only {@code storesByAddr} echoes the address asked for
 */
public record FeedPage(Integer page, Integer totalPages, Integer totalCount, Integer count, String address,
                       List<FeedRecord> records) implements FeedPageResult {

    public FeedPage {
        records = List.copyOf(records);
    }
}
