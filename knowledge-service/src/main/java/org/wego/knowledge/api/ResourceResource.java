package org.wego.knowledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bson.Document;
import org.bson.conversions.Bson;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.resource.Editor;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;
import org.wego.knowledge.domain.resource.ResourceDesk;
import org.wego.knowledge.domain.resource.ResourceType;
import org.wego.knowledge.domain.resource.Status;
import org.wego.web.IfMatch;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/knowledge/resources")
@Tag(name = "Resources", description = "Good practices, reports, tools, events, programs, partners; editorial workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceResource {

    public record TransitionRequest(@NotNull Status to, @Size(max = 2_000) String comment) {
    }

    private final ResourceDesk desk;
    private final SecurityIdentity identity;

    public ResourceResource(ResourceDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Create a DRAFT: type, title, summary, plus event / program / partner details for those types. "
            + "A city official's resource is their city's (it is added to cities)")
    @APIResponse(responseCode = "201", description = "The draft, with its ETag")
    @APIResponse(responseCode = "400", description = "Each invalid field named (operators such as {\"$gt\":\"\"} are invalid values)")
    public Response create(@Valid @NotNull ResourceContent content, @Context UriInfo uri) {
        KnowledgeResource r = desk.create(content, Editors.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(r.id).build()).tag(etag(r))
                .entity(ResourceView.of(r, desk.content(r))).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Resources, newest change first: anonymous callers see PUBLISHED only, editors everything, "
            + "a city official also their city's drafts; filter by type, status, city")
    public Response list(@QueryParam("type") String type, @QueryParam("status") String status,
                         @QueryParam("city") @Size(max = 64) String city,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        ResourceType wantedType = QueryParams.enumOrNull(ResourceType.class, type, "type");
        Status wantedStatus = QueryParams.enumOrNull(Status.class, status, "status");
        Editor editor = Editors.of(identity);
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.in("status", "DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"));
        if (!editor.staff()) {
            filters.add(editor.city() == null ? Filters.eq("status", "PUBLISHED")
                    : Filters.or(Filters.eq("status", "PUBLISHED"), Filters.eq("ownerCity", editor.city())));
        }
        if (wantedType != null) {
            filters.add(Filters.eq("type", wantedType.name()));
        }
        if (wantedStatus != null) {
            filters.add(Filters.eq("status", wantedStatus.name()));
        }
        if (city != null) {
            filters.add(Filters.eq("content.cities", city));
        }
        Bson query = Filters.and(filters);
        List<ResourceView> items = new ArrayList<>();
        KnowledgeResource.<KnowledgeResource>mongoCollection().find(query).sort(Sorts.descending("updatedAt")).skip(page * size).limit(size)
                .forEach(r -> items.add(ResourceView.of(r, desk.content(r))));
        return new PageResponse<>(items, page, size, KnowledgeResource.mongoCollection().countDocuments(query)).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One resource (published ones are public; drafts for editors and the owning city)")
    @APIResponse(responseCode = "404", description = "No such resource, or not visible to the caller")
    public Response get(@PathParam("id") String id) {
        KnowledgeResource r = readable(id);
        return Response.ok(ResourceView.of(r, desk.content(r))).tag(etag(r)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Change content with a JSON merge patch; If-Match with the ETag read is required (428 "
            + "without). Editing a PUBLISHED resource publishes a new version and keeps the previous one readable")
    @APIResponse(responseCode = "412", description = "If-Match does not match, or the resource changed meanwhile")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag you read (or *)")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-json", "Request body is not valid JSON", "A merge patch must be a JSON object");
        }
        KnowledgeResource r = desk.patch(id, revision(ifMatch), (ObjectNode) patch, Editors.of(identity));
        return Response.ok(ResourceView.of(r, desk.content(r))).tag(etag(r)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Delete a never-published draft (published ones are archived instead)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Not a never-published draft")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        desk.delete(id, revision(ifMatch), Editors.of(identity));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Workflow: DRAFT → IN_REVIEW (owning official or editor) → PUBLISHED → ARCHIVED (editors); "
            + "back to DRAFT with a comment. Emits resource.published / resource.archived / resource.updated")
    @APIResponse(responseCode = "409", description = "Not a transition allowed from the current status")
    public Response transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull TransitionRequest request) {
        KnowledgeResource r = desk.transition(id, revision(ifMatch), request.to(), request.comment(), Editors.of(identity));
        return Response.ok(ResourceView.of(r, desk.content(r))).tag(etag(r)).build();
    }

    @GET
    @Path("/{id}/versions")
    @PermitAll
    @Operation(summary = "Every published version of a resource, newest first, each readable in full")
    public List<Document> versions(@PathParam("id") String id) {
        List<Document> versions = new ArrayList<>(readable(id).versions);
        java.util.Collections.reverse(versions);
        return versions;
    }

    private KnowledgeResource readable(String id) {
        KnowledgeResource r = ResourceDesk.require(id);
        if (!Editors.of(identity).mayRead(r)) {
            throw ProblemException.notFound("Resource " + id);
        }
        return r;
    }

    private static IfMatch revision(String ifMatch) {
        return IfMatch.optional(ifMatch, "resource");
    }

    static EntityTag etag(KnowledgeResource r) {
        return new EntityTag(Integer.toString(r.revision));
    }
}
