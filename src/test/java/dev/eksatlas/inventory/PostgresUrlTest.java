package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # url                                                      | host            | port  | database | user | driver url
            jdbc:postgresql://db.example.com/atlas                     | db.example.com  | 5432  | atlas    | -    | jdbc:postgresql://db.example.com:5432/atlas
            jdbc:postgresql://10.0.0.7:6543/team?user=ana              | 10.0.0.7        | 6543  | team     | ana  | jdbc:postgresql://10.0.0.7:6543/team
            jdbc:postgresql://[::1]:5433/atlas?sslmode=require&user=b  | [::1]           | 5433  | atlas    | b    | jdbc:postgresql://[::1]:5433/atlas?sslmode=require
            """)
    void readsHostPortDatabaseAndUser(String url, String host, int port, String database, String user, String driverUrl) {
        PostgresUrl parsed = PostgresUrl.parse(url);

        assertThat(parsed.host()).isEqualTo(host);
        assertThat(parsed.port()).isEqualTo(port);
        assertThat(parsed.database()).isEqualTo(database);
        assertThat(parsed.user().orElse(null)).isEqualTo(user);
        assertThat(parsed.jdbcUrl()).isEqualTo(driverUrl);
        assertThat(parsed.describe()).isEqualTo("PostgreSQL " + database + " on " + host + ":" + port);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://db.example.com:5432/atlas?password=hunter2 | holds a password
            jdbc:postgresql://db.example.com:99999/atlas                 | is not a TCP port
            jdbc:postgresql://db.example.com:5432                        | is not a PostgreSQL address
            postgres://db.example.com/atlas                              | is not a PostgreSQL address
            """)
    void refusesAddressesItCannotUse(String url, String reason) {
        assertThatThrownBy(() -> PostgresUrl.parse(url)).isInstanceOf(InventoryException.class).hasMessageContaining(reason)
                .message().doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h:5432/atlas | true
            /home/ana/eks-atlas            | false
            jdbc:h2:file:/tmp/x            | false
            """)
    void tellsAServerAddressFromAFolder(String text, boolean server) {
        assertThat(PostgresUrl.looksLikeOne(text)).isEqualTo(server);
    }
}
