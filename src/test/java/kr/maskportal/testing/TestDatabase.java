package kr.maskportal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The MariaDB the integration tests deploy against (set by the build; .ci/run makes sure it exists). */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("portal.test.db.url"),
                System.getProperty("portal.test.db.user"), System.getProperty("portal.test.db.password", ""));
    }
}
