package com.linli.domain.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.shared.MaxBytesValidator;
import com.linli.domain.shared.NotFound;

/** Registers users and keeps the configured admin account in place. */
@Service
@Transactional
public class IdentityService {

    private final Users users;
    private final PasswordHasher hasher;
    private final Clock clock;

    IdentityService(Users users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User register(Registration registration) {
        var username = registration.username().toLowerCase(Locale.ROOT);
        if (users.existsByUsername(username)) {
            throw new UsernameTaken(username);
        }
        var user = User.register(username, registration.displayName().strip(), registration.phone(),
                hash(registration.password()), clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            // the same name sent twice at once: both passed the check above, the unique key lets one through
            throw new UsernameTaken(username);
        }
    }

    /** Takes effect at the user's next sign-in, when their roles are loaded. */
    public void grant(long userId, Role role) {
        users.findById(userId).orElseThrow(() -> new NotFound("user", userId)).grant(role, clock.instant());
    }

    /** Creates the admin account with the configured password, or resets an existing one to it. */
    public void provideAdmin(String username, String displayName, String rawPassword) {
        var passwordHash = hash(rawPassword);
        var admin = admin(username, displayName, passwordHash);
        admin.changePassword(passwordHash, clock.instant());
        users.save(admin);
    }

    /**
     * Creates the admin account with a generated password unless it exists already.
     *
     * @return whether it was created, so the caller shows the password once
     */
    public boolean createAdminIfAbsent(String username, String displayName, String rawPassword) {
        if (users.existsByUsername(username.toLowerCase(Locale.ROOT))) {
            return false;
        }
        users.save(admin(username, displayName, hash(rawPassword)));
        return true;
    }

    private String hash(String rawPassword) {
        if (!MaxBytesValidator.fits(rawPassword, PasswordHasher.MAX_BYTES)) {
            throw new PasswordTooLong();
        }
        return hasher.hash(rawPassword);
    }

    private User admin(String username, String displayName, String passwordHash) {
        var name = username.toLowerCase(Locale.ROOT);
        var admin = users.findByUsername(name)
                .orElseGet(() -> User.register(name, displayName, null, passwordHash, clock.instant()));
        admin.grant(Role.ADMIN, clock.instant());
        return admin;
    }

    /** Whether anyone but the admins has an account, which on a fresh platform nobody has. */
    @Transactional(readOnly = true)
    public boolean anyoneButAdmins() {
        return users.existsByRolesNotContaining(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public User user(String username) {
        return users.findByUsername(username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFound("user", username));
    }
}
