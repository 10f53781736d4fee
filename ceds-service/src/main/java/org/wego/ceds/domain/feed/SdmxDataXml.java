package org.wego.ceds.domain.feed;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes SDMX-ML 2.1 data messages, generic and structure-specific — what sdmx-dl, rsdmx, sdmx1/pandaSDMX and the
 * .Stat Suite read — with StAX, elements in the order of the SDMX-ML 2.1 schemas. Observations go in a dataset with
 * action Replace, observations withdrawn since {@code updatedAfter} in a second dataset with action Delete.
 * Structure-specific data use the namespace SDMX defines for the dataflow and observation level
 * ({@code urn:sdmx:...Dataflow=WEGO:CEDS_LOSI(2022):ObsLevelDim:TIME_PERIOD}).
 */
public final class SdmxDataXml {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    static final String SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private SdmxDataXml() {
    }

    /** The namespace of the structure-specific schema for this dataflow at this observation level. */
    public static String structureSpecificNamespace(SdmxStructure s, String dimensionAtObservation) {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + s.flowRef() + ":ObsLevelDim:" + dimensionAtObservation;
    }

    public static String generic(SdmxData data, Instant prepared) {
        return write(data, prepared, false);
    }

    public static String structureSpecific(SdmxData data, Instant prepared) {
        return write(data, prepared, true);
    }

    private static String write(SdmxData data, Instant prepared, boolean specific) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("mes", specific ? "StructureSpecificData" : "GenericData", MES);
            x.writeNamespace("mes", MES);
            x.writeNamespace("com", COM);
            x.writeNamespace(specific ? "ss" : "gen", specific ? SS : GEN);
            if (specific) {
                x.writeNamespace("xsi", XSI);
                x.writeNamespace("ns1", structureSpecificNamespace(data.structure(), data.observationDimension()));
            }
            header(x, data, prepared, specific);
            dataSet(x, data, data.observations(), "Replace", specific);
            if (!data.deleted().isEmpty()) {
                dataSet(x, data, data.deleted(), "Delete", specific);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an SDMX-ML data message", e);
        }
        return out.toString();
    }

    static String structureId(SdmxStructure s) {
        return (SdmxStructure.AGENCY + "_" + s.dataflowId() + "_" + s.version()).replace('.', '_');
    }

    private static void header(XMLStreamWriter x, SdmxData data, Instant prepared, boolean specific) throws XMLStreamException {
        SdmxStructure s = data.structure();
        x.writeStartElement(MES, "Header");
        text(x, MES, "ID", "IREF" + UUID.randomUUID().toString().replace("-", ""));
        text(x, MES, "Test", "false");
        text(x, MES, "Prepared", prepared.toString());
        x.writeStartElement(MES, "Sender");
        x.writeAttribute("id", SdmxStructure.AGENCY);
        x.writeStartElement(COM, "Name");
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        x.writeCharacters("World e-Government Organization of Cities and Local Governments");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(MES, "Structure");
        x.writeAttribute("structureID", structureId(s));
        if (specific) {
            x.writeAttribute("namespace", structureSpecificNamespace(s, data.observationDimension()));
        }
        x.writeAttribute("dimensionAtObservation", data.observationDimension());
        x.writeStartElement(COM, "StructureUsage");
        x.writeEmptyElement("Ref");
        x.writeAttribute("agencyID", SdmxStructure.AGENCY);
        x.writeAttribute("id", s.dataflowId());
        x.writeAttribute("version", s.version());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void dataSet(XMLStreamWriter x, SdmxData data, List<SdmxData.Obs> observations, String action,
                                boolean specific) throws XMLStreamException {
        x.writeStartElement(MES, "DataSet");
        if (specific) {
            x.writeAttribute(SS, "structureRef", structureId(data.structure()));
            x.writeAttribute(XSI, "type", "ns1:DataSetType");
            // the namespace names the dataflow (SdmxDataSchema: the schema resource's dataflow context)
            x.writeAttribute(SS, "dataScope", "Dataflow");
            x.writeAttribute(SS, "action", action);
        } else {
            x.writeAttribute("structureRef", structureId(data.structure()));
            x.writeAttribute("action", action);
        }
        SdmxDataQuery.Detail detail = data.query().detail();
        boolean flat = data.seriesDimensions().isEmpty();
        if (flat) {
            if (detail.observations()) {
                for (SdmxData.Obs o : observations) {
                    observation(x, data, o, SdmxData.ALL_DIMENSIONS, specific, detail.attributes());
                }
            }
        } else {
            for (SdmxData.Series series : data.series(observations)) {
                series(x, data, series, specific, detail);
            }
        }
        x.writeEndElement();
    }

    private static void series(XMLStreamWriter x, SdmxData data, SdmxData.Series series, boolean specific,
                               SdmxDataQuery.Detail detail) throws XMLStreamException {
        boolean empty = !detail.observations() || series.observations().isEmpty();
        if (specific) {
            if (empty) {
                x.writeEmptyElement("Series");
            } else {
                x.writeStartElement("Series");
            }
            for (Map.Entry<String, String> k : series.key().entrySet()) {
                x.writeAttribute(k.getKey(), k.getValue());
            }
        } else {
            x.writeStartElement(GEN, "Series");
            x.writeStartElement(GEN, "SeriesKey");
            for (Map.Entry<String, String> k : series.key().entrySet()) {
                value(x, k.getKey(), k.getValue());
            }
            x.writeEndElement();
        }
        if (detail.observations()) {
            for (SdmxData.Obs o : series.observations()) {
                observation(x, data, o, List.of(data.observationDimension()), specific, detail.attributes());
            }
        }
        if (!specific || !empty) {
            x.writeEndElement();
        }
    }

    private static void observation(XMLStreamWriter x, SdmxData data, SdmxData.Obs o, List<String> dimensions,
                                    boolean specific, boolean attributes) throws XMLStreamException {
        boolean level = attributes && o.level() != null;
        if (specific) {
            x.writeEmptyElement("Obs");
            for (String d : dimensions) {
                x.writeAttribute(d, o.value(d));
            }
            x.writeAttribute("OBS_VALUE", o.value().toPlainString());
            if (level) {
                x.writeAttribute("MATURITY_LEVEL", o.level());
            }
            return;
        }
        x.writeStartElement(GEN, "Obs");
        if (dimensions.size() == 1) {
            x.writeEmptyElement(GEN, "ObsDimension");
            x.writeAttribute("value", o.value(dimensions.get(0)));
        } else {
            x.writeStartElement(GEN, "ObsKey");
            for (String d : dimensions) {
                value(x, d, o.value(d));
            }
            x.writeEndElement();
        }
        x.writeEmptyElement(GEN, "ObsValue");
        x.writeAttribute("value", o.value().toPlainString());
        if (level) {
            x.writeStartElement(GEN, "Attributes");
            value(x, "MATURITY_LEVEL", o.level());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void value(XMLStreamWriter x, String id, String value) throws XMLStreamException {
        x.writeEmptyElement(GEN, "Value");
        x.writeAttribute("id", id);
        x.writeAttribute("value", value);
    }

    private static void text(XMLStreamWriter x, String ns, String element, String value) throws XMLStreamException {
        x.writeStartElement(ns, element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
