package org.wego.ceds.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.wego.ceds.domain.feed.SdmxFailure;
import org.wego.web.Problem;
import org.wego.web.ProblemResponses;
import org.wego.web.RequestIds;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SDMX errors as SDMX clients expect them: an SDMX-ML 2.1 error message ({@code mes:Error} with the SDMX error code)
 * to a client that asked for SDMX-ML, else RFC 9457 problem+json that also carries SDMX-JSON's {@code errors} list;
 * the HTTP status the SDMX web services guidelines give each code.
 */
public class SdmxErrors {

    private static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    @ServerExceptionMapper
    public Response failure(SdmxFailure e, HttpHeaders headers, HttpServerRequest request) {
        if (SdmxFormat.wantsXml(headers.getAcceptableMediaTypes(), request.getParam("format"))) {
            return Response.status(e.status()).type("application/vnd.sdmx.error+xml;version=2.1; charset=utf-8")
                    .entity(xml(e)).build();
        }
        Response problem = ProblemResponses.of(request, e.status(), "sdmx-" + e.code(), title(e.code()), e.getMessage(),
                e.field() == null ? null : List.of(new Problem.Violation(e.field(), e.getMessage())));
        Map<String, Object> body = new LinkedHashMap<>();
        Problem p = (Problem) problem.getEntity();
        body.put("type", p.type());
        body.put("title", p.title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", p.instance());
        body.put("requestId", request.getHeader(RequestIds.HEADER));
        if (p.violations() != null) {
            body.put("violations", p.violations());
        }
        body.put("errors", List.of(Map.of("code", e.code(), "title", title(e.code()), "detail", e.getMessage())));
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static String title(int code) {
        return switch (code) {
            case 100 -> "No results found";
            case 130 -> "Response too large";
            case 140 -> "Syntax error";
            case 150 -> "Semantic error";
            case 501 -> "Not implemented";
            case 406 -> "Not acceptable";
            default -> "Error";
        };
    }

    private static String xml(SdmxFailure e) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("mes", "Error", MES);
            x.writeNamespace("mes", MES);
            x.writeNamespace("com", COM);
            x.writeStartElement(MES, "ErrorMessage");
            x.writeAttribute("code", Integer.toString(e.code()));
            x.writeStartElement(COM, "Text");
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            x.writeCharacters(title(e.code()) + ": " + e.getMessage());
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
        return out.toString();
    }
}
