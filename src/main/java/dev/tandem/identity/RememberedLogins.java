package dev.tandem.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Remember-me logins, dropped when the password changes so old cookies stop working. */
@Repository
class RememberedLogins {

    private final JdbcClient jdbc;

    RememberedLogins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void forget(String email) {
        jdbc.sql("delete from persistent_logins where lower(username) = :email")
                .param("email", User.emailKey(email))
                .update();
    }
}
