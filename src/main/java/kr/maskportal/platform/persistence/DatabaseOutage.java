package kr.maskportal.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means "the database cannot be reached now" (down, restarting, the network cut, the pool unable
 * to open a connection) rather than a fault of the request or of the code. Such a failure is answered with "not
 * saved, try again" and a page from memory, never a 500. Decided from the whole chain of causes, since JTA, JPA and
 * the pool each wrap the driver's exception in their own.
 */
public final class DatabaseOutage {

    /** SQL states of class 08: connection exceptions (SQL:2003), as MySQL's and H2's drivers report them. */
    private static final String CONNECTION_STATE_CLASS = "08";
    /**
     * Exceptions of the driver and the pool that say the same without a standard type, by class name: the pool's
     * classes are not on the compile path, and the driver's would tie this class to MySQL.
     */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.jdbc.exceptions.ConnectionFeatureNotAvailableException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "java.net.ConnectException",
            "java.net.SocketTimeoutException");

    private DatabaseOutage() {
    }

    /** True when the failure, or anything it was caused by, says the database could not be reached. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.add(next);
                        next = next.getNextException()) {
                    if (isConnectionFailure(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)) {
            return true;
        }
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (CONNECTION_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
