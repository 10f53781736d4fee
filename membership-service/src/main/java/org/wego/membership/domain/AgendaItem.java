package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "assembly_id", nullable = false, updatable = false)
    public UUID assemblyId;
    @Column(nullable = false)
    public int number;
    @Column(nullable = false)
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VotingRules.Majority majority;
    @Column(name = "closed_at")
    public Instant closedAt;
}
