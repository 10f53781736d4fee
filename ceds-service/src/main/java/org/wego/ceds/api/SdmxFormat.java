package org.wego.ceds.api;

import jakarta.ws.rs.core.MediaType;
import org.wego.ceds.domain.feed.SdmxFailure;

import java.util.List;
import java.util.Locale;

/**
 * The data formats of the SDMX 2.1 REST specification's content negotiation: SDMX-ML 2.1 generic and
 * structure-specific (the default for {@code application/xml}, {@code text/xml}, {@code *}{@code /*} and no Accept
 * at all), SDMX-JSON 1.0 ({@code application/json} too) and SDMX-CSV 1.0 ({@code text/csv} too). The first
 * acceptable type in the client's order of preference decides; a {@code format} parameter ({@code genericdata},
 * {@code structurespecificdata}, {@code jsondata}, {@code csvdata}, as several SDMX services accept) overrides it.
 */
enum SdmxFormat {
    GENERIC("application/vnd.sdmx.genericdata+xml;version=2.1"),
    STRUCTURE_SPECIFIC("application/vnd.sdmx.structurespecificdata+xml;version=2.1"),
    JSON("application/vnd.sdmx.data+json;version=1.0.0"),
    CSV("application/vnd.sdmx.data+csv;version=1.0.0");

    final String contentType;

    SdmxFormat(String contentType) {
        this.contentType = contentType;
    }

    static SdmxFormat negotiate(List<MediaType> acceptable, String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "genericdata" -> GENERIC;
                case "structurespecificdata", "xml" -> STRUCTURE_SPECIFIC;
                case "jsondata", "json" -> JSON;
                case "csvdata", "csv" -> CSV;
                default -> throw SdmxFailure.notAcceptable("format '" + format + "' is not one of genericdata, "
                        + "structurespecificdata, jsondata, csvdata");
            };
        }
        if (acceptable == null || acceptable.isEmpty()) {
            return STRUCTURE_SPECIFIC;
        }
        for (MediaType m : acceptable) {
            SdmxFormat f = of(m);
            if (f != null) {
                return f;
            }
        }
        throw SdmxFailure.notAcceptable("none of the accepted media types is an SDMX data format here: use "
                + "application/vnd.sdmx.genericdata+xml;version=2.1, application/vnd.sdmx.structurespecificdata+xml;"
                + "version=2.1, application/vnd.sdmx.data+json;version=1.0.0 or application/vnd.sdmx.data+csv;version=1.0.0");
    }

    /** Whether an error for this request should be an SDMX-ML error message (else problem+json). */
    static boolean wantsXml(List<MediaType> acceptable, String format) {
        if ((format == null || format.isBlank()) && acceptable != null && !acceptable.isEmpty()
                && acceptable.get(0).getSubtype().toLowerCase(Locale.ROOT).equals("vnd.sdmx.structure+xml")) {
            return true;
        }
        try {
            SdmxFormat f = negotiate(acceptable, format);
            return f == GENERIC || f == STRUCTURE_SPECIFIC;
        } catch (SdmxFailure e) {
            return false;
        }
    }

    private static SdmxFormat of(MediaType m) {
        String version = m.getParameters().get("version");
        String type = m.getType().toLowerCase(Locale.ROOT) + "/" + m.getSubtype().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/vnd.sdmx.genericdata+xml" -> version == null || version.equals("2.1") ? GENERIC : null;
            case "application/vnd.sdmx.structurespecificdata+xml" -> version == null || version.equals("2.1")
                    ? STRUCTURE_SPECIFIC : null;
            case "application/vnd.sdmx.data+json" -> version == null || version.startsWith("1.0") ? JSON : null;
            case "application/vnd.sdmx.data+csv" -> version == null || version.startsWith("1.0") ? CSV : null;
            case "application/json" -> JSON;
            case "text/csv" -> CSV;
            case "application/xml", "text/xml", "*/*", "application/*" -> STRUCTURE_SPECIFIC;
            default -> null;
        };
    }
}
