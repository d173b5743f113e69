package com.linli.app;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in PostgreSQL, without a write on every request: the last access is stored again only
 * once it is a minute old (a session of hours may expire a minute early), so a request that changes
 * nothing in its session writes nothing. Within one request a session is read once, though Spring
 * Session reads it again after saving it, to decide on the cookie (see {@link #readOncePerRequest}).
 */
final class QuietSessions<S extends Session> implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final ThreadLocal<Map<String, QuietSession>> READ_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    private QuietSessions(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    static <S extends Session> QuietSessions<S> around(FindByIndexNameSessionRepository<S> sessions) {
        return new QuietSessions<>(sessions);
    }

    /** Around the session filter: within one request, a session is read from the database once. */
    static Filter readOncePerRequest() {
        return (request, response, chain) -> {
            READ_IN_THIS_REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                READ_IN_THIS_REQUEST.remove();
            }
        };
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession());
    }

    @Override
    @SuppressWarnings("unchecked") // every QuietSession holds a session of this repository
    public void save(QuietSession session) {
        sessions.save((S) session.stored);
        remember(session.getId(), session);
    }

    @Override
    public QuietSession findById(String id) {
        var read = READ_IN_THIS_REQUEST.get();
        if (read != null && read.containsKey(id)) {
            var session = read.get(id);
            // a session whose id changed in this request (at login) is no longer found under the old one
            if (session == null || session.getId().equals(id)) {
                return session;
            }
        }
        var found = sessions.findById(id);
        var session = found == null ? null : new QuietSession(found);
        remember(id, session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
        remember(id, null);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new QuietSession(entry.getValue())));
    }

    private static void remember(String id, QuietSession session) {
        var read = READ_IN_THIS_REQUEST.get();
        if (read != null) {
            read.put(id, session);
        }
    }

    /** A stored session whose last access moves only by a minute or more. */
    static final class QuietSession implements Session {

        private final Session stored;

        private QuietSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(TOUCH_INTERVAL))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
