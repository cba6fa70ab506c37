package works.async.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a MariaDB or MySQL URL given to the sandbox ({@code --db}) reaches the MariaDB driver and AO. */
@DisplayName("MariaDB and MySQL URLs for the MariaDB driver")
class AoDatabaseUrlTest {

    @Test
    void aMysqlUrlIsServedByTheMariaDbDriverAndReadsOnlyItsOwnDatabase() {
        AoDatabase db = new AoDatabase("jdbc:mysql://db.example:3306/jira", "u", "p");

        assertThat(db.url()).isEqualTo("jdbc:mariadb://db.example:3306/jira?nullDatabaseMeansCurrent=true");
        assertThat(db.isMySql()).isTrue();
    }

    @Test
    void theUrlsOwnParametersAreKeptIncludingAnExplicitChoiceOfTheMetadataScope() {
        assertThat(new AoDatabase("jdbc:mariadb://h/db?connectTimeout=5000", "u", "p").url())
                .isEqualTo("jdbc:mariadb://h/db?connectTimeout=5000&nullDatabaseMeansCurrent=true");
        assertThat(new AoDatabase("jdbc:mariadb://h/db?nullDatabaseMeansCurrent=false", "u", "p").url())
                .isEqualTo("jdbc:mariadb://h/db?nullDatabaseMeansCurrent=false");
    }

    @Test
    void otherDatabasesAreLeftAsGiven() {
        AoDatabase postgres = new AoDatabase("jdbc:postgresql://h:5432/db", "u", "p");

        assertThat(postgres.url()).isEqualTo("jdbc:postgresql://h:5432/db");
        assertThat(postgres.isMySql()).isFalse();
        assertThat(AoDatabase.hsqldbInMemory("x").isMySql()).isFalse();
    }
}
