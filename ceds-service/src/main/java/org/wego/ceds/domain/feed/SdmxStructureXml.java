package org.wego.ceds.domain.feed;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes SDMX-ML 2.1 structure messages, the format SDMX 2.1 REST structure queries answer by default and the one
 * every SDMX tool reads (.Stat Suite, rsdmx, sdmx1/pandaSDMX). Written with StAX, so the output is always well-formed
 * XML; elements follow the order of the SDMX-ML 2.1 StructuresType sequence.
 */
public final class SdmxStructureXml {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    private SdmxStructureXml() {
    }

    public static String write(List<SdmxStructure> structures, SdmxStructureQuery.Parts parts, Instant prepared) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = start(out, prepared);
            if (parts.dataflows()) {
                x.writeStartElement(STR, "Dataflows");
                for (SdmxStructure s : structures) {
                    dataflow(x, s);
                }
                x.writeEndElement();
            }
            if (parts.codelists()) {
                x.writeStartElement(STR, "Codelists");
                for (SdmxStructure.Codelist c : SdmxStructureQuery.distinctCodelists(structures)) {
                    codelist(x, c);
                }
                x.writeEndElement();
                conceptScheme(x);
            }
            if (parts.dataStructures()) {
                x.writeStartElement(STR, "DataStructures");
                for (SdmxStructure s : structures) {
                    dataStructure(x, s);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an SDMX-ML structure message", e);
        }
        return out.toString();
    }

    /** Opens an SDMX-ML 2.1 structure message: the document, mes:Structure with its namespaces, the header, mes:Structures. */
    static XMLStreamWriter start(StringWriter out, Instant prepared) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.setPrefix("mes", MES);
        x.setPrefix("str", STR);
        x.setPrefix("com", COM);
        x.writeStartElement(MES, "Structure");
        x.writeNamespace("mes", MES);
        x.writeNamespace("str", STR);
        x.writeNamespace("com", COM);
        header(x, prepared);
        x.writeStartElement(MES, "Structures");
        return x;
    }

    private static void header(XMLStreamWriter x, Instant prepared) throws XMLStreamException {
        x.writeStartElement(MES, "Header");
        text(x, MES, "ID", "IREF" + UUID.randomUUID().toString().replace("-", ""));
        text(x, MES, "Test", "false");
        text(x, MES, "Prepared", prepared.toString());
        x.writeStartElement(MES, "Sender");
        x.writeAttribute("id", SdmxStructure.AGENCY);
        name(x, "World e-Government Organization of Cities and Local Governments");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void dataflow(XMLStreamWriter x, SdmxStructure s) throws XMLStreamException {
        maintainable(x, "Dataflow", s.dataflowId(), s.version(), "datastructure.Dataflow");
        name(x, s.name());
        x.writeStartElement(COM, "Description");
        x.writeAttribute("xml:lang", "en");
        x.writeCharacters(s.description());
        x.writeEndElement();
        x.writeStartElement(STR, "Structure");
        ref(x, s.dataflowId(), s.version(), "datastructure", "DataStructure");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void codelist(XMLStreamWriter x, SdmxStructure.Codelist c) throws XMLStreamException {
        maintainable(x, "Codelist", c.id(), c.version(), "codelist.Codelist");
        name(x, c.name());
        for (SdmxStructure.Code code : c.codes()) {
            x.writeStartElement(STR, "Code");
            x.writeAttribute("id", code.id());
            x.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.codelist.Code=" + SdmxStructure.AGENCY + ":" + c.id()
                    + "(" + c.version() + ")." + code.id());
            name(x, code.name());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void conceptScheme(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement(STR, "Concepts");
        maintainable(x, "ConceptScheme", SdmxStructure.CONCEPT_SCHEME, SdmxStructure.SHARED_VERSION,
                "conceptscheme.ConceptScheme");
        name(x, "CeDS concepts");
        for (String id : SdmxStructure.CONCEPT_ORDER) {
            x.writeStartElement(STR, "Concept");
            x.writeAttribute("id", id);
            x.writeAttribute("urn", "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + SdmxStructure.AGENCY + ":"
                    + SdmxStructure.CONCEPT_SCHEME + "(" + SdmxStructure.SHARED_VERSION + ")." + id);
            name(x, SdmxStructure.CONCEPTS.get(id));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void dataStructure(XMLStreamWriter x, SdmxStructure s) throws XMLStreamException {
        maintainable(x, "DataStructure", s.dataflowId(), s.version(), "datastructure.DataStructure");
        name(x, s.name() + " results");
        x.writeStartElement(STR, "DataStructureComponents");
        x.writeStartElement(STR, "DimensionList");
        x.writeAttribute("id", "DimensionDescriptor");
        for (SdmxStructure.Component d : s.dimensions()) {
            x.writeStartElement(STR, "Dimension");
            x.writeAttribute("id", d.id());
            x.writeAttribute("position", Integer.toString(d.position()));
            concept(x, d.id());
            enumeration(x, s.codelistOf(d));
            x.writeEndElement();
        }
        x.writeStartElement(STR, "TimeDimension");
        x.writeAttribute("id", "TIME_PERIOD");
        x.writeAttribute("position", Integer.toString(s.dimensions().size() + 1));
        concept(x, "TIME_PERIOD");
        textFormat(x, "ObservationalTimePeriod");
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(STR, "AttributeList");
        x.writeAttribute("id", "AttributeDescriptor");
        x.writeStartElement(STR, "Attribute");
        x.writeAttribute("id", "MATURITY_LEVEL");
        x.writeAttribute("assignmentStatus", "Conditional");
        concept(x, "MATURITY_LEVEL");
        enumeration(x, s.codelist(s.levelCodelistId()));
        x.writeStartElement(STR, "AttributeRelationship");
        x.writeStartElement(STR, "PrimaryMeasure");
        x.writeStartElement("Ref");
        x.writeAttribute("id", "OBS_VALUE");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(STR, "MeasureList");
        x.writeAttribute("id", "MeasureDescriptor");
        x.writeStartElement(STR, "PrimaryMeasure");
        x.writeAttribute("id", "OBS_VALUE");
        concept(x, "OBS_VALUE");
        textFormat(x, "Decimal");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void maintainable(XMLStreamWriter x, String element, String id, String version, String urnClass)
            throws XMLStreamException {
        x.writeStartElement(STR, element);
        x.writeAttribute("id", id);
        x.writeAttribute("agencyID", SdmxStructure.AGENCY);
        x.writeAttribute("version", version);
        x.writeAttribute("isFinal", "false");
        x.writeAttribute("urn", SdmxStructure.urn(urnClass, id, version));
    }

    private static void concept(XMLStreamWriter x, String id) throws XMLStreamException {
        x.writeStartElement(STR, "ConceptIdentity");
        x.writeStartElement("Ref");
        x.writeAttribute("id", id);
        x.writeAttribute("maintainableParentID", SdmxStructure.CONCEPT_SCHEME);
        x.writeAttribute("maintainableParentVersion", SdmxStructure.SHARED_VERSION);
        x.writeAttribute("agencyID", SdmxStructure.AGENCY);
        x.writeAttribute("package", "conceptscheme");
        x.writeAttribute("class", "Concept");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void enumeration(XMLStreamWriter x, SdmxStructure.Codelist codelist) throws XMLStreamException {
        x.writeStartElement(STR, "LocalRepresentation");
        x.writeStartElement(STR, "Enumeration");
        ref(x, codelist.id(), codelist.version(), "codelist", "Codelist");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void textFormat(XMLStreamWriter x, String type) throws XMLStreamException {
        x.writeStartElement(STR, "LocalRepresentation");
        x.writeEmptyElement(STR, "TextFormat");
        x.writeAttribute("textType", type);
        x.writeEndElement();
    }

    static void ref(XMLStreamWriter x, String id, String version, String pkg, String cls) throws XMLStreamException {
        x.writeEmptyElement("Ref");
        x.writeAttribute("id", id);
        x.writeAttribute("version", version);
        x.writeAttribute("agencyID", SdmxStructure.AGENCY);
        x.writeAttribute("package", pkg);
        x.writeAttribute("class", cls);
    }

    static void name(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeStartElement(COM, "Name");
        x.writeAttribute("xml:lang", "en");
        x.writeCharacters(value);
        x.writeEndElement();
    }

    static void text(XMLStreamWriter x, String ns, String element, String value) throws XMLStreamException {
        x.writeStartElement(ns, element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
