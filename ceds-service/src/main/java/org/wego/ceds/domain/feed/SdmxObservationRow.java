package org.wego.ceds.domain.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One row of the SDMX read model: an assessment's value for one measure (see {@link SdmxObservations}). */
@Entity
@Table(name = "sdmx_observation")
@IdClass(SdmxObservationRow.Key.class)
public class SdmxObservationRow extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID assessmentId;
        public String measure;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessmentId, k.assessmentId) && Objects.equals(measure, k.measure);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, measure);
        }
    }

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    public String measure;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "framework_version", nullable = false)
    public String frameworkVersion;

    @Column(nullable = false)
    public String city;

    @Column(name = "time_period", nullable = false)
    public int timePeriod;

    @Column(name = "obs_value", nullable = false)
    public BigDecimal obsValue;

    @Column(name = "maturity_level")
    public String maturityLevel;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
