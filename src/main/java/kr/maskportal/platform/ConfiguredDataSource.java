package kr.maskportal.platform;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class named by {@link DatabaseMigrations}' {@code @DataSourceDefinition}. One WAR serves both
 * the embedded H2 default and MySQL, so the driver is chosen from {@code portal.db.url} at run time (environment
 * variables PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD through MicroProfile Config) rather than fixed in the
 * annotation, whose placeholders cannot express "this class for that URL".
 */
public class ConfiguredDataSource implements DataSource {

    /**
     * Opening a connection to a database that is down or cut off fails within this, instead of the driver's default
     * of waiting as long as the operating system does, so a request answers "not saved, try again" in seconds.
     */
    static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    /**
     * A read that waits longer than this on a connection that went dead (a server that stopped answering without
     * closing it) fails instead of hanging the request for minutes. Well above the longest single read the portal
     * makes (the officials' week of the country streams rows within seconds).
     */
    static final int SOCKET_TIMEOUT_MILLIS = 30_000;

    private final DataSource target;

    public ConfiguredDataSource() {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        this.target = forUrl(settings.url(), settings.user(), settings.password());
    }

    static DataSource forUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            var h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.startsWith("jdbc:mysql:")) {
            var mysql = new MysqlDataSource();
            mysql.setUrl(url);
            mysql.setUser(user);
            mysql.setPassword(password);
            try {
                // the URL's own settings win: only what it leaves out is set here
                if (!url.contains("connectTimeout=")) {
                    mysql.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
                }
                if (!url.contains("socketTimeout=")) {
                    mysql.setSocketTimeout(SOCKET_TIMEOUT_MILLIS);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the MySQL driver refused a timeout", e);
            }
            return mysql;
        }
        throw new IllegalStateException("portal.db.url must start with jdbc:mysql: or jdbc:h2: but was " + url);
    }

    /** The pool may pass the annotation's empty credentials; the configured ones are the only ones that count. */
    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
