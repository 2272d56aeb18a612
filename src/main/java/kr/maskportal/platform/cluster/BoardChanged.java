package kr.maskportal.platform.cluster;

/**
 * Something the public pages show from memory was stored: fired inside the storing transaction, told to the other
 * instances of a cluster once it commits ({@link ClusterBus}). Only a hint: they read what changed from the
 * database, never from the message.
 *
 * @param what which board changed, for the log ("report", "notice", "feed")
 */
public record BoardChanged(String what) {
}
