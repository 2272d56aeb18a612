package kr.maskportal.stock.control;

import java.time.Instant;

/**
 * One line of a seller's day as residents read it: a change the feed published, or something the pharmacist
 * reported. The page turns the key and its parameters into words.
 *
 * @param key    bundle key, e.g. {@code timeline.feed.FEW} or {@code timeline.report.QUEUE}
 * @param number people or masks, for the kinds that carry one; null otherwise
 * @param text   the pharmacist's notice, shown as text; null otherwise
 */
public record TimelineEntry(Instant at, String key, Integer number, String text) {

    /** For Expression Language, which cannot read record components. */
    public Instant getAt() {
        return at;
    }

    public String getKey() {
        return key;
    }

    public Integer getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
