package org.wego.awards.domain.jury;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A judge of an edition: a Keycloak user (role judge) with the home city and country conflicts are decided on. */
@Entity
@Table(name = "judge")
@IdClass(Judge.Key.class)
public class Judge extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID editionId;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(editionId, k.editionId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, username);
        }
    }

    @Id
    @Column(name = "edition_id")
    public UUID editionId;
    @Id
    public String username;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String city;
    @Column(nullable = false)
    public String country;
    /** Comma-separated category codes; empty = every category. */
    @Column(nullable = false)
    public String categories;
    @Column(name = "added_by", nullable = false)
    public String addedBy;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public Set<String> categorySet() {
        return categories.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(categories.split(",")));
    }

    public boolean sits(String category) {
        return categories.isEmpty() || categorySet().contains(category);
    }

    public static Judge of(UUID editionId, String username) {
        Key key = new Key();
        key.editionId = editionId;
        key.username = username;
        return findById(key);
    }
}
