package org.wego.knowledge.domain.feed;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.wego.knowledge.domain.resource.ResourceContent;
import org.wego.web.validation.HttpUrlValidator;

import java.util.Locale;
import java.util.Map;

/**
 * The distributions of a catalogue dataset: the resource's own JSON record from the knowledge API (always there, so
 * every dataset has a distribution a harvester can fetch) and one per link of the resource, each with the
 * DCAT-AP recommended description, format (EU file-type authority, from the media type or the file extension) and
 * availability (EU planned-availability authority).
 */
final class DcatDistributions {

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String AVAILABILITY = "http://publications.europa.eu/resource/authority/planned-availability/";
    private static final String DCATAP = "http://data.europa.eu/r5r/";

    private static final Map<String, String> FILE_TYPES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"), Map.entry("text/html", "HTML"), Map.entry("application/json", "JSON"),
            Map.entry("text/csv", "CSV"), Map.entry("application/xml", "XML"), Map.entry("text/xml", "XML"),
            Map.entry("application/zip", "ZIP"), Map.entry("text/plain", "TXT"), Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.ms-powerpoint", "PPT"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("video/mp4", "MP4"), Map.entry("image/png", "PNG"), Map.entry("image/jpeg", "JPEG"));
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
            Map.entry("json", "application/json"), Map.entry("csv", "text/csv"), Map.entry("xml", "application/xml"),
            Map.entry("zip", "application/zip"), Map.entry("txt", "text/plain"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("mp4", "video/mp4"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"));

    private DcatDistributions() {
    }

    static void add(Model m, Resource dataset, String recordUrl, ResourceContent c, String lang) {
        Resource record = distribution(m, recordUrl, "application/json", "STABLE", c)
                .addProperty(DCTerms.title, "WeGO knowledge record", "en")
                .addProperty(DCTerms.description, "The resource as JSON from the WeGO knowledge API", "en");
        dataset.addProperty(DCAT.distribution, record);
        if (c.links() == null) {
            return;
        }
        for (ResourceContent.Link link : c.links()) {
            String mediaType = link.mediaType() != null ? link.mediaType() : fromExtension(link.url());
            Resource d = distribution(m, link.url(), mediaType, "AVAILABLE", c)
                    .addProperty(DCTerms.description, link.title() != null ? link.title() : c.title(), lang);
            if (link.title() != null) {
                d.addProperty(DCTerms.title, link.title(), lang);
            }
            if (link.sizeBytes() != null) {
                d.addProperty(DCAT.byteSize, m.createTypedLiteral(link.sizeBytes().toString(), XSDDatatype.XSDnonNegativeInteger));
            }
            dataset.addProperty(DCAT.distribution, d);
        }
    }

    private static Resource distribution(Model m, String url, String mediaType, String availability, ResourceContent c) {
        Resource d = m.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, m.createResource(HttpUrlValidator.encoded(url)).addProperty(RDF.type, RDFS.Resource))
                .addProperty(m.createProperty(DCATAP, "availability"), m.createResource(AVAILABILITY + availability)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, availability.toLowerCase(Locale.ROOT), "en"));
        if (mediaType != null) {
            d.addProperty(DCAT.mediaType, m.createResource(IANA + mediaType).addProperty(RDF.type, DCTerms.MediaType));
            String fileType = FILE_TYPES.get(mediaType.toLowerCase(Locale.ROOT));
            if (fileType != null) {
                d.addProperty(DCTerms.format, m.createResource(FILE_TYPE + fileType).addProperty(RDF.type, DCTerms.MediaTypeOrExtent));
            }
        }
        if (c.licence() != null) {
            d.addProperty(DCTerms.license, DcatCatalogue.licence(m, c.licence()));
        }
        return d;
    }

    /** A media type from the URL's file extension; null when the URL names none (a web site, say). */
    static String fromExtension(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash || path.indexOf("/", path.indexOf("//") + 2) < 0) {
            return null; // no extension, or only a host name
        }
        return EXTENSIONS.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
