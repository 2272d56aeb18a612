package kr.maskportal.feed.control;

/** What one response body came to: a {@link FeedPage}, or the {@link PageFailure} that made it unusable. */
public sealed interface FeedPageResult permits FeedPage, PageFailure {
}
