package com.linli.domain.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

/**
 * An aggregate records what happened to it as past-tense events; its application service
 * publishes them after saving, so other features react without reaching into this one.
 */
@MappedSuperclass
public abstract class AggregateRoot {

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected void register(Object event) {
        events.add(event);
    }

    /** The events recorded since the last call, handed over once. */
    public List<Object> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
