package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The relationships of one part of an Open XML package, with targets resolved to part names. */
final class Relationships {

    /** One relationship: its id, the last segment of its type and the target part's name. */
    static final class Relationship {
        final String id;
        final String type;
        final String target;

        Relationship(String id, String type, String target) {
            this.id = id;
            this.type = type;
            this.target = target;
        }
    }

    private final List<Relationship> all;

    private Relationships(List<Relationship> all) {
        this.all = all;
    }

    static Relationships load(InputStream in, String part, String sourcePart,
            SecureXml xmlFactory) {
        List<Relationship> all = new ArrayList<>();
        try {
            XMLStreamReader xml = xmlFactory.open(in, part);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && "Relationship".equals(xml.getLocalName())
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String type = xml.getAttributeValue(null, "Type");
                    String target = xml.getAttributeValue(null, "Target");
                    if (type != null && target != null) {
                        all.add(new Relationship(xml.getAttributeValue(null, "Id"),
                                type.substring(type.lastIndexOf('/') + 1),
                                resolve(sourcePart, target, part)));
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(part, e);
        } catch (UncheckedStreamException e) {
            throw SecureXml.failure(part, e);
        }
        return new Relationships(all);
    }

    private static String resolve(String sourcePart, String target, String part) {
        try {
            String resolved = new URI(null, null, "/" + sourcePart, null)
                    .resolve(new URI(null, null, target.replace('\\', '/'), null)).getPath();
            if (resolved == null) {
                throw Refusals.malformed(part, "target " + target + " is not a part name", null);
            }
            return resolved.startsWith("/") ? resolved.substring(1) : resolved;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw Refusals.malformed(part, "bad target", e);
        }
    }

    /** Returns the target of the first relationship of a type, or null. */
    String targetOfType(String type) {
        for (Relationship relationship : all) {
            if (relationship.type.equals(type)) {
                return relationship.target;
            }
        }
        return null;
    }

    /** Returns the relationship with an id, or null. */
    Relationship byId(String id) {
        for (Relationship relationship : all) {
            if (relationship.id != null && relationship.id.equals(id)) {
                return relationship;
            }
        }
        return null;
    }
}
