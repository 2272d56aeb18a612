package kr.maskportal.platform.memory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the database last said about each signed-in member of staff, kept so that their pages still work while it
 * does not answer. Bounded: far more staff than sign in to one instance in a day fit, and a flood of logins empties
 * it rather than growing it without end (what is dropped is read again from the database next time).
 */
public final class LastKnown<K, V> {

    static final int MOST = 50_000;

    private final ConcurrentMap<K, V> values = new ConcurrentHashMap<>();
    private final int most;

    public LastKnown() {
        this(MOST);
    }

    LastKnown(int most) {
        this.most = most;
    }

    public void remember(K key, V value) {
        if (values.size() >= most) {
            values.clear();
        }
        values.put(key, value);
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(values.get(key));
    }
}
