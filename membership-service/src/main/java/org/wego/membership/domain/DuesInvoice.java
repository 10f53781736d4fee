package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "dues_invoice")
public class DuesInvoice extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "member_code", nullable = false, updatable = false)
    public String memberCode;
    @Column(nullable = false, updatable = false)
    public int year;
    @Column(nullable = false, updatable = false)
    public BigDecimal amount;
    @Column(nullable = false, updatable = false, length = 3)
    public String currency;
    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;
    @Column(name = "issued_by", nullable = false, updatable = false)
    public String issuedBy;
    @Column(name = "issued_at", nullable = false, updatable = false)
    public Instant issuedAt;

    public static List<DuesInvoice> of(String memberCode) {
        return list("memberCode = ?1 order by year", memberCode);
    }
}
