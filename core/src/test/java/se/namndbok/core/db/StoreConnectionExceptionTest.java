package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a user is told when the shared store cannot be opened: the real reason, in Swedish. */
class StoreConnectionExceptionTest {
  private static final String URL = "jdbc:postgresql://localhost:55471/namndbok";

  @Test
  void aMissingPasswordIsToldAsSuchNotAsAServerOutOfReach() {
    // what PostgreSQL's driver throws when the password is empty: state 08004, words in English
    SQLException e = new SQLException("The server requested SCRAM-based authentication, but the password is an "
        + "empty string.", "08004");

    String message = StoreConnectionException.from(URL, "anna", e).getMessage();

    assertThat(message).isEqualTo("Inget lösenord angavs för användare anna, och databasservern kräver ett. "
        + "Kommandon tar det ur miljövariabeln NAMNDBOK_DB_PASSWORD.");
  }

  @Test
  void aRefusedConnectionIsExplainedInSwedish() {
    SQLException e = new SQLException("Connection to localhost:55471 refused.", "08001",
        new ConnectException("Connection refused"));

    String message = StoreConnectionException.from(URL, "anna", e).getMessage();

    assertThat(message).startsWith("Kunde inte nå databasservern (" + URL + ").")
        .contains("Servern svarade inte på adressen").doesNotContain("refused");
  }

  @Test
  void anUnknownHostIsNamed() {
    SQLException e = new SQLException("The connection attempt failed.", "08001",
        new UnknownHostException("dbserver.kommun.se"));

    assertThat(StoreConnectionException.from(URL, "anna", e).getMessage())
        .endsWith("(Det finns ingen dator med namnet dbserver.kommun.se.)");
  }

  @Test
  void anUnknownCauseKeepsTheDriversWordsMarkedAsTechnical() {
    SQLException e = new SQLException("Something odd", "08006", new IllegalStateException("odd state"));

    assertThat(StoreConnectionException.from(URL, "anna", e).getMessage()).endsWith("(Teknisk orsak: odd state)");
  }
}
