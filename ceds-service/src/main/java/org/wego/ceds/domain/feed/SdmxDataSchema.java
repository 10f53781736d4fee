package org.wego.ceds.domain.feed;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDMX 2.1 {@code schema} resource: the XML Schema of structure-specific data for one dataflow (or its DSD) at one
 * observation level, derived from the standard's {@code SDMXDataStructureSpecific.xsd} by restriction as SDMX-ML 2.1
 * section 3B prescribes — {@code DataSetType}, {@code SeriesType} and {@code ObsType} in the namespace the data
 * message names, every dimension an XML attribute typed by its codelist, OBS_VALUE a decimal, MATURITY_LEVEL its
 * codelist. With it, a partner validates structure-specific data strictly: an unknown city or measure code, a missing
 * key attribute or a stray attribute is a schema error. No library generates these for an in-house DSD, hence this
 * writer (StAX, like the data messages).
 */
public final class SdmxDataSchema {

    static final String XS = "http://www.w3.org/2001/XMLSchema";

    public enum Context { DATAFLOW, DATASTRUCTURE }

    private SdmxDataSchema() {
    }

    /** The namespace of the schema (and of the data messages' {@code xsi:type}s) for this context and level. */
    public static String namespace(SdmxStructure s, Context context, String dimensionAtObservation) {
        return context == Context.DATAFLOW ? SdmxDataXml.structureSpecificNamespace(s, dimensionAtObservation)
                : "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=" + SdmxStructure.AGENCY + ":" + s.dsdId()
                + "(" + s.version() + "):ObsLevelDim:" + dimensionAtObservation;
    }

    /**
     * @param dimensionAtObservation TIME_PERIOD, a series dimension id, or AllDimensions (checked by the caller, as
     *                               data queries check it)
     */
    public static String write(SdmxStructure s, Context context, String dimensionAtObservation) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            String ns = namespace(s, context, dimensionAtObservation);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("xs", "schema", XS);
            x.writeNamespace("xs", XS);
            x.writeNamespace("common", SdmxDataXml.COM);
            x.writeNamespace("dsd", SdmxDataXml.SS);
            x.writeDefaultNamespace(ns);
            x.writeAttribute("targetNamespace", ns);
            x.writeAttribute("elementFormDefault", "qualified");
            x.writeAttribute("attributeFormDefault", "unqualified");
            imports(x);
            for (SdmxStructure.Codelist codelist : s.codelists()) {
                codelistType(x, codelist);
            }
            boolean flat = dimensionAtObservation.equals(SdmxDataQuery.ALL_DIMENSIONS);
            dataSetType(x, flat);
            if (!flat) {
                seriesType(x, s, dimensionAtObservation);
            }
            obsType(x, s, dimensionAtObservation, flat);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the structure-specific schema", e);
        }
        return out.toString();
    }

    private static void imports(XMLStreamWriter x) throws XMLStreamException {
        // The standard's schemas are expected next to this one, as SDMX tools keep them (their official file names).
        x.writeEmptyElement(XS, "import");
        x.writeAttribute("namespace", SdmxDataXml.COM);
        x.writeAttribute("schemaLocation", "SDMXCommon.xsd");
        x.writeEmptyElement(XS, "import");
        x.writeAttribute("namespace", SdmxDataXml.SS);
        x.writeAttribute("schemaLocation", "SDMXDataStructureSpecific.xsd");
    }

    private static void codelistType(XMLStreamWriter x, SdmxStructure.Codelist codelist) throws XMLStreamException {
        x.writeStartElement(XS, "simpleType");
        x.writeAttribute("name", codelist.id());
        documentation(x, codelist.urn());
        x.writeStartElement(XS, "restriction");
        x.writeAttribute("base", "xs:string");
        for (SdmxStructure.Code code : codelist.codes()) {
            x.writeEmptyElement(XS, "enumeration");
            x.writeAttribute("value", code.id());
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    /** A data set holds series (or, flat, observations) of this structure only. */
    private static void dataSetType(XMLStreamWriter x, boolean flat) throws XMLStreamException {
        restrictionStart(x, "DataSetType");
        x.writeStartElement(XS, "sequence");
        annotations(x);
        unqualified(x, "DataProvider", "common:DataProviderReferenceType", "0", null);
        x.writeStartElement(XS, "choice");
        x.writeAttribute("minOccurs", "0");
        unqualified(x, flat ? "Obs" : "Series", flat ? "ObsType" : "SeriesType", null, "unbounded");
        x.writeEndElement();
        x.writeEndElement();
        prohibited(x, "REPORTING_YEAR_START_DAY");
        restrictionEnd(x);
    }

    private static void seriesType(XMLStreamWriter x, SdmxStructure s, String atObservation) throws XMLStreamException {
        restrictionStart(x, "SeriesType");
        x.writeStartElement(XS, "sequence");
        annotations(x);
        unqualified(x, "Obs", "ObsType", "0", "unbounded");
        x.writeEndElement();
        for (SdmxStructure.Component d : s.dimensions()) {
            if (!d.id().equals(atObservation)) {
                attribute(x, d.id(), d.codelistId(), "required");
            }
        }
        if (atObservation.equals("TIME_PERIOD")) {
            prohibited(x, "TIME_PERIOD");
        } else {
            attribute(x, "TIME_PERIOD", "common:ObservationalTimePeriodType", "required");
        }
        prohibited(x, "REPORTING_YEAR_START_DAY");
        restrictionEnd(x);
    }

    private static void obsType(XMLStreamWriter x, SdmxStructure s, String atObservation, boolean flat)
            throws XMLStreamException {
        restrictionStart(x, "ObsType");
        x.writeStartElement(XS, "sequence");
        annotations(x);
        x.writeEndElement();
        prohibited(x, "type");
        List<SdmxStructure.Component> keyed = new ArrayList<>();
        for (SdmxStructure.Component d : s.dimensions()) {
            if (flat || d.id().equals(atObservation)) {
                keyed.add(d);
            }
        }
        for (SdmxStructure.Component d : keyed) {
            attribute(x, d.id(), d.codelistId(), "required");
        }
        if (flat || atObservation.equals("TIME_PERIOD")) {
            attribute(x, "TIME_PERIOD", "common:ObservationalTimePeriodType", "required");
        } else {
            prohibited(x, "TIME_PERIOD");
        }
        prohibited(x, "REPORTING_YEAR_START_DAY");
        attribute(x, "OBS_VALUE", "xs:decimal", "optional");
        attribute(x, "MATURITY_LEVEL", s.levelCodelistId(), "optional");
        restrictionEnd(x);
    }

    private static void restrictionStart(XMLStreamWriter x, String type) throws XMLStreamException {
        x.writeStartElement(XS, "complexType");
        x.writeAttribute("name", type);
        x.writeStartElement(XS, "complexContent");
        x.writeStartElement(XS, "restriction");
        x.writeAttribute("base", "dsd:" + type);
    }

    private static void restrictionEnd(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    /** A local element without namespace, as the standard's data set, series and observation elements are. */
    private static void unqualified(XMLStreamWriter x, String name, String type, String minOccurs, String maxOccurs)
            throws XMLStreamException {
        x.writeEmptyElement(XS, "element");
        x.writeAttribute("name", name);
        x.writeAttribute("type", type);
        x.writeAttribute("form", "unqualified");
        if (minOccurs != null) {
            x.writeAttribute("minOccurs", minOccurs);
        }
        if (maxOccurs != null) {
            x.writeAttribute("maxOccurs", maxOccurs);
        }
    }

    private static void annotations(XMLStreamWriter x) throws XMLStreamException {
        x.writeEmptyElement(XS, "element");
        x.writeAttribute("ref", "common:Annotations");
        x.writeAttribute("minOccurs", "0");
    }

    private static void attribute(XMLStreamWriter x, String name, String type, String use) throws XMLStreamException {
        x.writeEmptyElement(XS, "attribute");
        x.writeAttribute("name", name);
        x.writeAttribute("type", type);
        x.writeAttribute("use", use);
    }

    private static void prohibited(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeEmptyElement(XS, "attribute");
        x.writeAttribute("name", name);
        x.writeAttribute("use", "prohibited");
    }

    private static void documentation(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeStartElement(XS, "annotation");
        x.writeStartElement(XS, "documentation");
        x.writeCharacters(text);
        x.writeEndElement();
        x.writeEndElement();
    }
}
