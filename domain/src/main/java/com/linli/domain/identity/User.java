package com.linli.domain.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Someone who can sign in: every user is a member; leaders and admins hold more roles. */
@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(generator = "users_seq")
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    private Long id;

    private String username;

    private String displayName;

    private String phone;

    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Instant createdAt;

    private Instant updatedAt;

    protected User() {
    }

    private User(String username, String displayName, String phone, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.roles.add(Role.MEMBER);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static User register(String username, String displayName, String phone, String passwordHash, Instant now) {
        return new User(username, displayName, phone, passwordHash, now);
    }

    void grant(Role role, Instant now) {
        if (roles.add(role)) {
            updatedAt = now;
        }
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
