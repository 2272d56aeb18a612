package kr.maskportal.feed.replay;

/** The feed's {@code remain_stat} bands, derived from a remaining count exactly as the 2020 feed defined them. */
public enum RemainStat {
    PLENTY("plenty"),
    SOME("some"),
    FEW("few"),
    EMPTY("empty"),
    BREAK("break");

    public static final int PLENTY_FROM = 100;
    public static final int SOME_FROM = 30;
    public static final int FEW_FROM = 2;

    private final String wireName;

    RemainStat(String wireName) {
        this.wireName = wireName;
    }

    /** The band a seller with {@code count} masks left is in while it is selling. */
    public static RemainStat ofCount(int count) {
        if (count >= PLENTY_FROM) {
            return PLENTY;
        }
        if (count >= SOME_FROM) {
            return SOME;
        }
        if (count >= FEW_FROM) {
            return FEW;
        }
        return EMPTY;
    }

    /** The highest count inside this selling band; used to find when a sell-down entered it. */
    int highestCount() {
        return switch (this) {
            case PLENTY -> Integer.MAX_VALUE;
            case SOME -> PLENTY_FROM - 1;
            case FEW -> SOME_FROM - 1;
            case EMPTY -> FEW_FROM - 1;
            case BREAK -> throw new IllegalStateException("a break is not a count");
        };
    }

    /** The value of {@code remain_stat} in the feed's JSON. */
    public String wireName() {
        return wireName;
    }
}
