package com.linli.domain.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A shelf of the catalog (蔬菜, 水果, 海鲜 …), shown in the order admins give. */
@Entity
@Table(name = "categories")
public class Category {

    @Id
    @GeneratedValue(generator = "categories_seq")
    @SequenceGenerator(name = "categories_seq", sequenceName = "categories_seq", allocationSize = 50)
    private Long id;

    private String name;

    private int position;

    private Instant createdAt;

    private Instant updatedAt;

    protected Category() {
    }

    private Category(String name, int position, Instant now) {
        this.name = name;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new category at the given position; the service puts it after the last one. */
    public static Category create(String name, int position, Instant now) {
        return new Category(name.strip(), position, now);
    }

    void rename(String name, Instant now) {
        this.name = name.strip();
        this.updatedAt = now;
    }

    /** The two trade places, so positions stay unique without renumbering the others. */
    void swapPositionWith(Category other, Instant now) {
        var mine = position;
        position = other.position;
        other.position = mine;
        updatedAt = now;
        other.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
