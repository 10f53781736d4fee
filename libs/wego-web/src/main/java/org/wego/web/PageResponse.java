package org.wego.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list shape of the platform: {@code {"items":[...],"page":0,"size":20,"total":134}} plus RFC 8288
 * {@code Link} headers for next/prev, so clients page without building URLs.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    /**
     * Deepest page any list serves: page × size stays far below an int's range (no offset overflow), and a client
     * that needs more should filter or use a feed's incremental paging.
     */
    public static final int MAX_PAGE = 10_000;

    public Response toResponse(UriInfo uri) {
        List<Link> links = new ArrayList<>();
        if ((long) (page + 1) * size < total) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1))
                    .rel("next").build());
        }
        if (page > 0) {
            links.add(Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page - 1))
                    .rel("prev").build());
        }
        return Response.ok(this).links(links.toArray(Link[]::new)).build();
    }
}
