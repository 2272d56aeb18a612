-- The officials' reports read each seller's feed changes over a span of time (a district's day, a week of the
-- country's lag): by seller, then by when the portal saw them. The old (seller_code, id) index stays for the
-- latest-row-per-seller read at start-up.
CREATE INDEX ix_feed_history_seller_observed ON feed_history (seller_code, observed_at);
