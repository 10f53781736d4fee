package org.wego.awards.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Appends to an edition's audit log inside the caller's transaction, so a record exists exactly when its change
 * committed. Appends to one edition are serialised by a transaction-scoped advisory lock: two concurrent writers
 * would otherwise chain to the same previous hash.
 */
@ApplicationScoped
public class AuditLog {

    /** Advisory-lock namespace of audit chains (the outbox relay uses another). */
    private static final int LOCK_SPACE = 0x41554454; // "AUDT"

    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord append(UUID editionId, String actor, String action, String subject, Object details) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_SPACE).setParameter(2, editionId.toString()).getSingleResult();
        AuditRecord last = AuditRecord.<AuditRecord>find("editionId = ?1 order by sequence desc", editionId).firstResult();
        AuditRecord record = new AuditRecord();
        record.editionId = editionId;
        record.sequence = last == null ? 1 : last.sequence + 1;
        // PostgreSQL keeps microseconds; the hash must cover the instant exactly as it will be read back.
        record.at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        record.actor = actor;
        record.action = action;
        record.subject = subject;
        try {
            record.details = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be JSON-serialisable", e);
        }
        record.previousHash = last == null ? AuditChain.GENESIS : last.hash;
        record.hash = AuditChain.hash(record.previousHash, record.sequence, record.at, actor, action, subject, record.details);
        record.persist();
        return record;
    }

    public List<AuditRecord> of(UUID editionId) {
        return AuditRecord.list("editionId = ?1 order by sequence", editionId);
    }
}
