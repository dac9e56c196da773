package org.probity.storage;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh, migrated databases for repository and service tests: always an in-memory H2, and a
 * PostgreSQL schema of its own when {@code PROBITY_TEST_JDBC_URL} names a server.
 * Use with {@code @MethodSource("org.probity.storage.TestDatabases#all")}.
 */
public final class TestDatabases {

    public static final String URL_VARIABLE = "PROBITY_TEST_JDBC_URL";

    private TestDatabases() {
    }

    /** One factory per database kind under test; each call of {@link Kind#open()} gives an empty database. */
    public static Stream<Kind> all() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("H2", TestDatabases::h2));
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            kinds.add(new Kind("PostgreSQL", () -> postgres(url)));
        }
        return kinds.stream();
    }

    public static Database h2() {
        return Database.open("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public static Database postgres(String url) {
        String user = System.getenv().getOrDefault("PROBITY_TEST_JDBC_USER", "probity");
        String password = System.getenv().getOrDefault("PROBITY_TEST_JDBC_PASSWORD", "probity");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare a PostgreSQL schema at " + url + ": " + e.getMessage(), e);
        }
        String separator = url.contains("?") ? "&" : "?";
        return Database.open(url + separator + "currentSchema=" + schema, user, password);
    }

    /** A kind of database; its name shows in the test report. */
    public record Kind(String name, java.util.function.Supplier<Database> factory) {
        public Database open() {
            return factory.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
