package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.EOFException;
import java.io.InputStream;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xueji.registry.excel.WorkbookException;

/**
 * Opens the XML parts of a workbook with Aalto's StAX parser, document types refused.
 *
 * <p>The factory is Aalto's own ({@link InputFactoryImpl}, created directly rather than looked up,
 * whatever StAX implementation the host puts on the class path), so the hardening below is the
 * one in force: DTD support and external entities are off, and a part that declares a DOCTYPE at
 * all is refused at its {@code DTD} event, before its root element, so no entity of it is ever
 * expanded. Aalto replaced the JDK's parser for speed: in a CPU profile of a 200,000-row
 * dry-run import, the share of samples spent parsing the sheet and the shared strings fell from
 * about 57% to about 37% (see {@code benchmarks/README.md}).
 */
final class SecureXml {

    private final XMLInputFactory factory;

    SecureXml() {
        factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * Opens a part and positions the reader on its root element.
     *
     * @throws WorkbookException if the part declares a DOCTYPE or is not XML
     */
    XMLStreamReader open(InputStream in, String part) {
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    xml.close();
                    throw Refusals.doctype(part);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return xml;
                }
            }
            throw Refusals.malformed(part, "no root element", null);
        } catch (XMLStreamException e) {
            throw failure(part, e);
        } catch (UncheckedStreamException e) {
            throw failure(part, e);
        }
    }

    /**
     * Turns a parser failure met while reading a token's text into the refusal its cause calls
     * for. Aalto parses a token's text when it is first read, and methods such as
     * {@code getTextCharacters} declare no checked exception, so a malformed character or byte
     * found there comes wrapped in this unchecked exception instead of an
     * {@link XMLStreamException}.
     */
    static WorkbookException failure(String part, UncheckedStreamException e) {
        return e.getCause() instanceof XMLStreamException
                ? failure(part, (XMLStreamException) e.getCause())
                : Refusals.malformed(part, "not well-formed XML", e);
    }

    /** Turns a parser failure into the refusal its cause calls for. */
    static WorkbookException failure(String part, XMLStreamException e) {
        WorkbookException found = causeIn(e.getCause(), e);
        if (found == null) {
            found = causeIn(e.getNestedException(), e);
        }
        return found != null ? found : Refusals.malformed(part, "not well-formed XML", e);
    }

    private static WorkbookException causeIn(Throwable first, XMLStreamException e) {
        for (Throwable cause = first; cause != null; cause = cause.getCause()) {
            if (cause instanceof WorkbookException) {
                return (WorkbookException) cause;
            }
            if (cause instanceof EOFException || cause instanceof ZipException) {
                return Refusals.truncated(e);
            }
        }
        return null;
    }
}
