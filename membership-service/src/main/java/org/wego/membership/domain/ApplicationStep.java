package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of an application's audit trail (append-only). */
@Entity
@Table(name = "application_step")
public class ApplicationStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    /** SUBMIT or one of {@link ApplicationWorkflow.Action}. */
    @Column(nullable = false, updatable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "resulting_status", nullable = false, updatable = false)
    public ApplicationStatus resultingStatus;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(updatable = false)
    public String comment;

    @Column(nullable = false, updatable = false)
    public Instant at;
}
