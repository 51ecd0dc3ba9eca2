package app.frontoffice.draft.clock;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Only one replica runs the draft clock: the one holding a PostgreSQL advisory lock. The lock
 * belongs to a database session, so it is released by PostgreSQL itself when the holder dies or
 * loses its connection, and another replica takes over on its next attempt.
 */
@ApplicationScoped
public class ClockLeadership {

    private static final Logger LOG = Logger.getLogger(ClockLeadership.class);
    /** Any fixed number: every replica of draft-service asks for the same lock. */
    static final long LOCK_KEY = 0x44524146545F434CL; // "DRAFT_CL"

    @Inject
    AgroalDataSource dataSource;

    private Connection session;

    /** For a second contender in the same JVM (tests of the take-over). */
    public static ClockLeadership on(DataSource dataSource) {
        ClockLeadership leadership = new ClockLeadership();
        leadership.dataSource = (AgroalDataSource) dataSource;
        return leadership;
    }

    /** True while this instance holds the lock; tries to take it if it does not. */
    public synchronized boolean holdOrAcquire() {
        try {
            if (session != null && session.isValid(1)) {
                return true;
            }
            closeQuietly();
            session = dataSource.getConnection();
            session.setAutoCommit(true);
            try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        LOG.info("This replica now runs the draft clock");
                        return true;
                    }
                }
            }
            closeQuietly();
            return false;
        } catch (SQLException e) {
            LOG.debugf("Clock leadership not available: %s", e.getMessage());
            closeQuietly();
            return false;
        }
    }

    public synchronized boolean isLeader() {
        return session != null;
    }

    /** Gives the clock up (shutdown, tests): the lock goes with the session. */
    public synchronized void release() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // the session is gone either way, and the lock with it
            }
            session = null;
        }
    }
}
