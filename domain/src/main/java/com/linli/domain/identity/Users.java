package com.linli.domain.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The users of Linli. */
public interface Users {

    Optional<User> findByUsername(String username);

    Optional<User> findById(Long id);

    boolean existsByUsername(String username);

    /** Whether someone lacks the role: with {@code ADMIN}, whether anyone but the admins has an account. */
    boolean existsByRolesNotContaining(Role role);

    List<User> findByIdIn(Collection<Long> ids);

    User save(User user);

    /** Inserts now, so a username taken a moment ago by someone else is refused here and not at commit. */
    User saveAndFlush(User user);
}
