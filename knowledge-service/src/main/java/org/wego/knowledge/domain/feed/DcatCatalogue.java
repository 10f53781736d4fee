package org.wego.knowledge.domain.feed;

import com.neovisionaries.i18n.CountryCode;
import com.neovisionaries.i18n.LanguageCode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.wego.knowledge.domain.resource.ResourceContent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The DCAT-AP 3 description of published knowledge resources: one dcat:Catalog published by WeGO, each resource a
 * dcat:Dataset (title, description, publisher, issued/modified, themes from a WeGO concept scheme, spatial coverage
 * as EU country authority IRIs, language as EU language authority IRIs, licence, landing page, keywords,
 * distributions for its links), paged with Hydra. Every node a DCAT-AP shape constrains by class is typed, so the
 * graph passes the official SHACL shapes (checked in a test with Apache Jena SHACL).
 */
public final class DcatCatalogue {

    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String DCAT_AP_3 = "https://semiceu.github.io/DCAT-AP/releases/3.0.0/";
    private static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    private static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    /** One published resource as the catalogue needs it. */
    public record Entry(String id, String type, Instant issued, Instant modified, ResourceContent content) {
    }

    /**
     * Paging of the catalogue (Hydra PartialCollectionView); {@code query} is what every page link keeps (e.g.
     * {@code &updatedAfter=...}), so a harvester following the links stays inside its increment.
     */
    public record Page(int page, int size, long total, String query) {

        String link(String catalogUri, int number) {
            return catalogUri + "?page=" + number + "&size=" + size + (query == null ? "" : query);
        }

        int last() {
            return total == 0 ? 0 : (int) ((total - 1) / size);
        }
    }

    /** adms:status of a catalogue record whose dataset was withdrawn. */
    static final String WITHDRAWN = "http://purl.org/adms/status/Withdrawn";

    private DcatCatalogue() {
    }

    /** The catalogue's own base address. */
    public static String catalogUri(String baseUrl) {
        return baseUrl + "/api/v1/knowledge/catalog";
    }

    /**
     * @param withdrawn datasets withdrawn in the increment: each is a catalogue record with adms:status Withdrawn
     *                  and the withdrawal time, the dataset itself no longer in the catalogue (what incremental
     *                  harvesters need to delete their copy; full harvesters see it missing)
     */
    public static Model build(String baseUrl, List<Entry> entries, List<Entry> withdrawn, Page page, Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("hydra", HYDRA);
        String catalogUri = baseUrl + "/api/v1/knowledge/catalog";
        Resource wego = m.createResource("https://wego.example/")
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF, "name"), "World e-Government Organization of Cities and Local Governments", "en")
                .addProperty(DCTerms.type, m.createResource("http://purl.org/adms/publishertype/NonProfitOrganisation")
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, "Non-Profit Organisation", "en"));
        Resource contact = m.createResource(baseUrl + "/api/v1/knowledge/catalog#contact")
                .addProperty(RDF.type, m.createResource(VCARD + "Kind")) // the class DCAT-AP checks (no inference)
                .addProperty(RDF.type, m.createResource(VCARD + "Organization"))
                .addProperty(m.createProperty(VCARD, "fn"), "WeGO Secretariat", "en")
                .addProperty(m.createProperty(VCARD, "hasURL"), m.createResource(baseUrl + "/"));
        Resource themes = m.createResource(baseUrl + "/api/v1/knowledge/themes")
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "WeGO themes", "en");
        Resource catalog = m.createResource(catalogUri)
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "WeGO knowledge catalogue", "en")
                .addProperty(DCTerms.description, "Good practices, reports, tools, events, programmes and partners "
                        + "published by WeGO and its member cities", "en")
                .addProperty(DCTerms.publisher, wego)
                .addProperty(m.createProperty(FOAF, "homepage"), document(m, baseUrl + "/"))
                .addProperty(DCTerms.language, language(m, "en"))
                .addProperty(DCAT.themeTaxonomy, themes)
                .addProperty(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdateTime));
        for (Entry e : entries) {
            catalog.addProperty(DCAT.dataset, dataset(m, baseUrl, e, wego, themes).addProperty(DCAT.contactPoint, contact));
        }
        for (Entry e : withdrawn) {
            catalog.addProperty(DCAT.record, m.createResource(baseUrl + "/api/v1/knowledge/catalog/records/" + e.id())
                    .addProperty(RDF.type, DCAT.CatalogRecord)
                    .addProperty(m.createProperty(FOAF, "primaryTopic"),
                            m.createResource(baseUrl + "/api/v1/knowledge/catalog/datasets/" + e.id())
                                    .addProperty(RDF.type, DCAT.Resource))
                    .addProperty(DCTerms.issued, m.createTypedLiteral(e.issued().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(DCTerms.modified, m.createTypedLiteral(e.modified().toString(), XSDDatatype.XSDdateTime))
                    .addProperty(DCTerms.conformsTo, m.createResource(DCAT_AP_3)
                            .addProperty(RDF.type, DCTerms.Standard))
                    .addProperty(m.createProperty("http://www.w3.org/ns/adms#", "status"), m.createResource(WITHDRAWN)
                            .addProperty(RDF.type, SKOS.Concept)
                            .addProperty(SKOS.prefLabel, "Withdrawn", "en")));
        }
        Resource view = m.createResource(page.link(catalogUri, page.page()))
                .addProperty(RDF.type, m.createResource(HYDRA + "PartialCollectionView"))
                .addProperty(m.createProperty(HYDRA, "first"), m.createResource(page.link(catalogUri, 0)))
                .addProperty(m.createProperty(HYDRA, "last"), m.createResource(page.link(catalogUri, page.last())));
        if ((long) (page.page() + 1) * page.size() < page.total()) {
            view.addProperty(m.createProperty(HYDRA, "next"), m.createResource(page.link(catalogUri, page.page() + 1)));
        }
        if (page.page() > 0) {
            view.addProperty(m.createProperty(HYDRA, "previous"), m.createResource(page.link(catalogUri, page.page() - 1)));
        }
        catalog.addProperty(m.createProperty(HYDRA, "view"), view)
                .addLiteral(m.createProperty(HYDRA, "totalItems"), m.createTypedLiteral(page.total()));
        return m;
    }

    private static Resource dataset(Model m, String baseUrl, Entry e, Resource wego, Resource themes) {
        ResourceContent c = e.content();
        String landing = baseUrl + "/api/v1/knowledge/resources/" + e.id();
        Resource d = m.createResource(baseUrl + "/api/v1/knowledge/catalog/datasets/" + e.id())
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, e.id())
                .addProperty(DCTerms.title, c.title(), lang(c))
                .addProperty(DCTerms.description, c.summary(), lang(c))
                .addProperty(DCTerms.publisher, wego)
                .addProperty(DCTerms.type, m.createResource(baseUrl + "/api/v1/knowledge/types/" + e.type())
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, label(e.type()), "en")
                        .addProperty(SKOS.inScheme, m.createResource(baseUrl + "/api/v1/knowledge/types")
                                .addProperty(RDF.type, SKOS.ConceptScheme)
                                .addProperty(DCTerms.title, "WeGO knowledge resource types", "en")))
                .addProperty(DCTerms.issued, m.createTypedLiteral(e.issued().toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.modified, m.createTypedLiteral(e.modified().toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCAT.landingPage, document(m, landing))
                .addProperty(DCTerms.language, language(m, c.language() == null ? "en" : c.language()));
        if (c.themes() != null) {
            for (String theme : c.themes()) {
                d.addProperty(DCAT.theme, m.createResource(baseUrl + "/api/v1/knowledge/themes/" + theme)
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, label(theme), "en")
                        .addProperty(SKOS.inScheme, themes));
            }
        }
        if (c.countries() != null) {
            for (String country : c.countries()) {
                CountryCode code = CountryCode.getByAlpha2Code(country);
                if (code != null && code.getAlpha3() != null) {
                    d.addProperty(DCTerms.spatial, m.createResource(EU_COUNTRY + code.getAlpha3())
                            .addProperty(RDF.type, DCTerms.Location));
                }
            }
        }
        if (c.tags() != null) {
            c.tags().forEach(t -> d.addProperty(DCAT.keyword, t, lang(c)));
        }
        if (c.sdgs() != null) {
            // the Sustainable Development Goals a resource serves are how UN partners search (UNDESA's own portals)
            c.sdgs().forEach(g -> d.addProperty(DCAT.keyword, "SDG " + g, "en"));
        }
        if (c.licence() != null) {
            d.addProperty(DCTerms.license, licence(m, c.licence()));
        }
        DcatDistributions.add(m, d, landing, c, lang(c));
        temporal(m, d, c);
        return d;
    }

    /** An event's time span as dct:temporal (in UTC, from its local times and time zone). */
    private static void temporal(Model m, Resource d, ResourceContent c) {
        if (c.event() == null) {
            return;
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(c.event().timeZone());
        } catch (DateTimeException e) {
            return; // validated on write; an old record with an unknown zone simply has no time span
        }
        d.addProperty(DCTerms.temporal, m.createResource()
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, m.createTypedLiteral(c.event().start().atZone(zone).toInstant().toString(),
                        XSDDatatype.XSDdateTime))
                .addProperty(DCAT.endDate, m.createTypedLiteral(c.event().end().atZone(zone).toInstant().toString(),
                        XSDDatatype.XSDdateTime)));
    }

    /** A licence as an IRI: a URL as given, otherwise an SPDX identifier such as CC-BY-4.0. */
    public static Resource licence(Model m, String licence) {
        String iri = licence.startsWith("http") ? licence : "https://spdx.org/licenses/" + licence.replace(' ', '-');
        return m.createResource(iri).addProperty(RDF.type, DCTerms.LicenseDocument);
    }

    /** Open licences let anonymous callers read a resource through the feeds; partners see every published one. */
    public static boolean open(String licence) {
        if (licence == null) {
            return false;
        }
        String l = licence.toUpperCase(Locale.ROOT);
        return l.contains("CC-BY") || l.contains("CC0") || l.contains("ODBL") || l.contains("ODC-BY")
                || l.contains("PDDL") || l.contains("OGL") || l.contains("CREATIVECOMMONS.ORG/LICENSES/BY")
                || l.contains("CREATIVECOMMONS.ORG/PUBLICDOMAIN");
    }

    private static Resource language(Model m, String iso6391) {
        LanguageCode code = LanguageCode.getByCode(iso6391);
        String alpha3 = code == null || code.getAlpha3() == null ? "MUL" : code.getAlpha3().getAlpha3B().name().toUpperCase(Locale.ROOT);
        return m.createResource(EU_LANGUAGE + alpha3).addProperty(RDF.type, DCTerms.LinguisticSystem);
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }

    private static String lang(ResourceContent c) {
        return c.language() == null ? "en" : c.language();
    }

    private static String label(String theme) {
        String words = theme.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static Property hydra(Model m, String local) {
        return m.createProperty(HYDRA, local);
    }
}
