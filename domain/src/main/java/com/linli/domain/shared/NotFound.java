package com.linli.domain.shared;

/**
 * Something asked for does not exist — or exists but is not the asker's to see, which callers
 * must not be able to tell apart (a leader changing an id in the URL learns nothing).
 */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("error.not-found", what, id);
    }
}
