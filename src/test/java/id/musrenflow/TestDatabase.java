package id.musrenflow;

import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates the PostgreSQL test database on first use, so the test command works on a fresh PostgreSQL too. */
final class TestDatabase {

    private static volatile boolean checked;

    private TestDatabase() {
    }

    static synchronized void ensureExists() {
        if (checked) {
            return;
        }
        String url = System.getProperty("MUSRENFLOW_DB_URL", "jdbc:postgresql://127.0.0.1:5432/musrenflow_test");
        String user = System.getProperty("MUSRENFLOW_DB_USER", "postgres");
        String password = System.getProperty("MUSRENFLOW_DB_PASSWORD", "");
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (var connection = DriverManager.getConnection(url.substring(0, slash) + "/postgres", user, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for integration tests at " + url
                    + " (user " + user + "); start it or point -Dit.db.url/-Dit.db.user/-Dit.db.password at one", e);
        }
        checked = true;
    }
}
