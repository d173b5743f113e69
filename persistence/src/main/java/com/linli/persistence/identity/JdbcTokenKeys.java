package com.linli.persistence.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.linli.domain.identity.TokenKeys;

/** Whoever inserts first wins; everyone, on every node, reads the winner's key. */
@Repository
class JdbcTokenKeys implements TokenKeys {

    private final JdbcClient jdbc;

    JdbcTokenKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] keyOrStore(String name, byte[] generated) {
        jdbc.sql("insert into token_keys (name, secret, created_at) values (:name, :secret, now()) on conflict do nothing")
                .param("name", name).param("secret", generated)
                .update();
        return jdbc.sql("select secret from token_keys where name = :name").param("name", name)
                .query(byte[].class).single();
    }
}
