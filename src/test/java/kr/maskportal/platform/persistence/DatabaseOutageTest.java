package kr.maskportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionOfTheRealDriverIsAnOutage() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // free once closed: nothing listens there
        }
        var mysql = new MysqlDataSource();
        mysql.setUrl("jdbc:mysql://127.0.0.1:" + closedPort + "/portal?connectTimeout=2000&sslMode=DISABLED");
        SQLException refused = assertThrows(SQLException.class, mysql::getConnection);

        assertTrue(DatabaseOutage.causedBy(refused));
        // as it reaches a boundary: the pool's SQLException, JPA's and the transaction's around it
        assertTrue(DatabaseOutage.causedBy(new TransactionalException("rolled back",
                new PersistenceException("query failed", new SQLException("Error in allocating a connection",
                        refused)))));
    }

    @Test
    void aConnectionStateOrConnectionTypeIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseOutage.causedBy(new java.sql.SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseOutage.causedBy(new java.sql.SQLRecoverableException("socket closed")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new java.net.SocketTimeoutException("Read timed out"))));
    }

    @Test
    void anOutageAfterAnotherFailureInTheNextExceptionsIsFound() {
        var batch = new SQLException("batch failed", "HY000");
        batch.setNextException(new SQLException("Connection reset", "08003"));
        assertTrue(DatabaseOutage.causedBy(batch));
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNoOutage() {
        assertFalse(DatabaseOutage.causedBy(new SQLIntegrityConstraintViolationException("duplicate", "23000")));
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLSyntaxErrorException("bad", "42000"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
