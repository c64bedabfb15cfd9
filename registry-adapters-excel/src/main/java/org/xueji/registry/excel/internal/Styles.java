package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Which cell styles of a workbook ({@code cellXfs} in {@code xl/styles.xml}) format dates. */
final class Styles {

    private static final Styles NONE = new Styles(new boolean[0]);

    private final boolean[] dateStyles;

    private Styles(boolean[] dateStyles) {
        this.dateStyles = dateStyles;
    }

    static Styles none() {
        return NONE;
    }

    static Styles load(InputStream in, String part, SecureXml xmlFactory) {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        try {
            XMLStreamReader xml = xmlFactory.open(in, part);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("numFmt".equals(name)) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            customFormats.put(id, code);
                        }
                    } else if ("cellXfs".equals(name)) {
                        inCellXfs = true;
                    } else if (inCellXfs && "xf".equals(name)) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        styleFormats.add(id == null ? 0 : id);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(part, e);
        } catch (UncheckedStreamException e) {
            throw SecureXml.failure(part, e);
        }
        boolean[] dates = new boolean[styleFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = styleFormats.get(i);
            String code = customFormats.get(id);
            dates[i] = code != null ? DateFormats.isDateCode(code) : DateFormats.isBuiltInDate(id);
        }
        return new Styles(dates);
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
