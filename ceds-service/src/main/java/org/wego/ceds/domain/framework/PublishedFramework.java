package org.wego.ceds.domain.framework;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A stored, immutable framework version (no setters are ever used after insert). */
@Entity
@Table(name = "framework")
@IdClass(PublishedFramework.Key.class)
public class PublishedFramework extends PanacheEntityBase {

    public static class Key implements Serializable {
        public String code;
        public String version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(code, k.code) && Objects.equals(version, k.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }

    @Id
    public String code;
    @Id
    public String version;
    @Column(nullable = false, updatable = false)
    public String name;
    @Column(nullable = false, updatable = false)
    public String aggregation;
    @Column(name = "indicator_count", nullable = false, updatable = false)
    public int indicatorCount;
    @Column(nullable = false, updatable = false)
    public String definition;
    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;
    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    public static PublishedFramework byCodeAndVersion(String code, String version) {
        Key key = new Key();
        key.code = code;
        key.version = version;
        return findById(key);
    }
}
