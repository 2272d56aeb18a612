package kr.maskportal.feed.replay;

import java.time.Instant;

/** The one delivery a seller gets in a simulated sales day. */
public record Delivery(Instant at, int quantity) {
}
