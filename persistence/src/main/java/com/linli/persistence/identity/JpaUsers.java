package com.linli.persistence.identity;

import org.springframework.data.repository.Repository;

import com.linli.domain.identity.User;
import com.linli.domain.identity.Users;

/** Spring Data implements the {@link Users} port from its method names. */
interface JpaUsers extends Repository<User, Long>, Users {
}
