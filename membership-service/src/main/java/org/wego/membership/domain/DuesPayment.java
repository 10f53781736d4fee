package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "dues_payment")
public class DuesPayment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "invoice_id", nullable = false, updatable = false)
    public UUID invoiceId;
    @Column(nullable = false, updatable = false)
    public BigDecimal amount;
    @Column(name = "paid_on", nullable = false, updatable = false)
    public LocalDate paidOn;
    @Column(updatable = false)
    public String reference;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
