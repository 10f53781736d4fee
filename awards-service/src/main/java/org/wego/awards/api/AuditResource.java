package org.wego.awards.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.audit.AuditChain;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.audit.AuditRecord;
import org.wego.awards.domain.edition.Edition;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/awards/editions/{id}/audit")
@Tag(name = "Audit")
@RolesAllowed("wego-admin")
public class AuditResource {

    public record RecordView(long sequence, Instant at, String actor, String action, String subject, JsonNode details,
                             String previousHash, String hash) {
    }

    /**
     * A record as exported: {@code details} is the exact stored JSON text the hash covers, so anyone can verify
     * hash = SHA-256(previousHash \n sequence \n at \n actor \n action \n subject \n details).
     */
    public record ExportedRecord(long sequence, Instant at, String actor, String action, String subject, String details,
                                 String previousHash, String hash) {
    }

    /** {@code firstBroken} is the first record whose hash does not verify (null when the chain is intact). */
    public record AuditView(UUID editionId, int records, boolean intact, Long firstBroken, String head,
                            List<RecordView> log) {
    }

    private final AuditLog audit;
    private final ObjectMapper json;

    public AuditResource(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The edition's append-only audit log with the verification of its hash chain")
    public AuditView log(@PathParam("id") UUID editionId) {
        Edition.require(editionId);
        List<AuditRecord> records = audit.of(editionId);
        Long broken = AuditChain.firstBroken(records.stream().map(AuditRecord::link).toList()).orElse(null);
        return new AuditView(editionId, records.size(), broken == null, broken,
                records.isEmpty() ? AuditChain.GENESIS : records.get(records.size() - 1).hash,
                records.stream().map(this::view).toList());
    }

    @GET
    @Path("/export")
    @Produces("application/x-ndjson")
    @Operation(summary = "Export: one JSON record per line, hashes included, for verification outside WeGO")
    public Response export(@PathParam("id") UUID editionId) throws JsonProcessingException {
        Edition.require(editionId);
        StringBuilder out = new StringBuilder();
        for (AuditRecord r : audit.of(editionId)) {
            out.append(json.writeValueAsString(new ExportedRecord(r.sequence, r.at, r.actor, r.action, r.subject,
                    r.details, r.previousHash, r.hash))).append('\n');
        }
        return Response.ok(out.toString()).header("Content-Disposition",
                "attachment; filename=\"awards-audit-" + editionId + ".ndjson\"").build();
    }

    private RecordView view(AuditRecord r) {
        try {
            return new RecordView(r.sequence, r.at, r.actor, r.action, r.subject, json.readTree(r.details), r.previousHash, r.hash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit details are unreadable", e);
        }
    }
}
