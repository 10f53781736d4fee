package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.DuesInvoice;
import org.wego.membership.domain.DuesLedger;
import org.wego.membership.domain.DuesStanding;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MemberStanding;
import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.MembershipType;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Path("/api/v1/membership/members/{code}/dues")
@Tag(name = "Dues", description = "Yearly dues: invoices, payments, waivers; arrears and standing on any date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuesResource {

    public record InvoiceRequest(@NotNull @Min(2000) @Max(2100) Integer year,
                                 @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                 @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
                                 LocalDate dueDate) {
    }

    public record PaymentRequest(@NotNull @Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                 @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
                                 @NotNull LocalDate paidOn, @Size(max = 200) String reference) {
    }

    public record WaiverRequest(@Positive @Digits(integer = 10, fraction = 2) BigDecimal amount,
                                @NotNull LocalDate decidedOn, @NotBlank @Size(max = 500) String reason) {
    }

    public record InvoiceView(int year, BigDecimal amount, String currency, LocalDate dueDate, BigDecimal paid,
                              BigDecimal waived, BigDecimal balance, boolean pastGrace) {
    }

    public record DuesView(String code, LocalDate asOf, int graceDays, List<InvoiceView> invoices,
                           Map<String, BigDecimal> arrears, boolean inArrearsPastGrace, MembershipStatus status,
                           boolean goodStanding, boolean votingRights) {
    }

    private final DuesLedger ledger;
    private final MemberStanding standing;
    private final SecurityIdentity identity;
    private final Clock clock;

    public DuesResource(DuesLedger ledger, MemberStanding standing, SecurityIdentity identity, Clock clock) {
        this.ledger = ledger;
        this.standing = standing;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "A member's dues on a date (default today): invoices, arrears per currency, standing and "
            + "voting rights (officials: own city only)")
    @APIResponse(responseCode = "200", description = "The dues position")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "404", description = "No such member")
    public DuesView dues(@PathParam("code") String code, @QueryParam("asOf") String asOfParam) {
        CityAccess.requireActsFor(identity, code);
        LocalDate asOf = QueryParams.dateOr(asOfParam, LocalDate.now(clock), "asOf");
        Member member = Member.require(code);
        DuesStanding dues = ledger.standing(code);
        List<InvoiceView> invoices = DuesInvoice.of(code).stream().map(DuesLedger::toStanding)
                .map(i -> new InvoiceView(i.year(), i.amount(), i.currency(), i.dueDate(), i.paid(asOf), i.waived(asOf),
                        i.balance(asOf), i.pastGrace(asOf, ledger.graceDays()))).toList();
        MembershipStatus status = standing.statusOn(code, asOf).orElse(null);
        boolean good = status == MembershipStatus.ACTIVE;
        return new DuesView(code, asOf, ledger.graceDays(), invoices, dues.arrears(asOf), dues.inArrearsPastGrace(asOf),
                status, good, good && member.type == MembershipType.FULL);
    }

    @POST
    @Path("/invoices")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Issue a year's dues invoice (amount, currency and due date default to the schedule)")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "409", description = "That year's invoice exists")
    public Response issue(@PathParam("code") String code, @NotNull @Valid InvoiceRequest request) {
        if ((request.amount() == null) != (request.currency() == null)) {
            throw ProblemException.invalidField(request.amount() == null ? "amount" : "currency",
                    "give amount and currency together, or neither to use the schedule");
        }
        DuesInvoice invoice = ledger.issue(code, request.year(), request.amount(), request.currency(),
                request.dueDate(), Actors.of(identity));
        return Response.status(201).entity(new InvoiceView(invoice.year, invoice.amount, invoice.currency,
                invoice.dueDate, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), invoice.amount, false)).build();
    }

    @POST
    @Path("/invoices/{year}/payments")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Record a payment against a year's invoice (same currency, not more than owed, not in the future)")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such invoice")
    @APIResponse(responseCode = "422", description = "Other currency, more than owed, or a future date")
    public Response pay(@PathParam("code") String code, @PathParam("year") int year, @NotNull @Valid PaymentRequest request) {
        ledger.pay(code, year, request.amount(), request.currency(), request.paidOn(), request.reference(),
                Actors.of(identity));
        return Response.status(201).entity(dues(code, null)).build();
    }

    @POST
    @Path("/invoices/{year}/waivers")
    @RolesAllowed("wego-admin")
    @Operation(summary = "Waive all (amount omitted) or part of what is owed on a year's invoice — an executive decision")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "More than owed, nothing owed, or a future date")
    public Response waive(@PathParam("code") String code, @PathParam("year") int year, @NotNull @Valid WaiverRequest request) {
        ledger.waive(code, year, request.amount(), request.decidedOn(), request.reason().strip(), Actors.of(identity));
        return Response.status(201).entity(dues(code, null)).build();
    }
}
