package com.linli.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import com.linli.domain.identity.Role;
import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;
import com.linli.persistence.testsupport.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class JpaUsersTests {

    @Autowired
    Users users;

    @Test
    void savedUserIsFoundByUsernameWithMemberRole() {
        users.save(newUser("zhangsan"));

        var found = users.findByUsername("zhangsan").orElseThrow();

        assertThat(found.getId()).isNotNull();
        assertThat(found.getDisplayName()).isEqualTo("张三");
        assertThat(found.getRoles()).containsExactly(Role.MEMBER);
        assertThat(users.existsByUsername("zhangsan")).isTrue();
        assertThat(users.existsByUsername("lisi")).isFalse();
    }

    @Test
    void tellsWhetherSomeoneLacksARole() {
        users.save(newUser("zhaoliu"));

        // every user is a member; a member without more roles is not an admin
        assertThat(users.existsByRolesNotContaining(Role.MEMBER)).isFalse();
        assertThat(users.existsByRolesNotContaining(Role.ADMIN)).isTrue();
    }

    @Test
    void databaseRefusesASecondUserWithTheSameUsername() {
        users.save(newUser("wangwu"));

        assertThatThrownBy(() -> {
            users.save(newUser("wangwu"));
            users.findByUsername("flush-now");
        }).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static User newUser(String username) {
        return User.register(username, "张三", "13800000000", "{noop}secret-password", Instant.now());
    }
}
