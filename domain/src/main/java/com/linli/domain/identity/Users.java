package com.linli.domain.identity;

import java.util.Optional;

/** The users of Linli. */
public interface Users {

    Optional<User> findByUsername(String username);

    Optional<User> findById(Long id);

    boolean existsByUsername(String username);

    User save(User user);
}
