package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.ReaderLimits;
import org.xueji.registry.excel.SheetRows;
import org.xueji.registry.excel.WorkbookFormat;
import org.xueji.registry.excel.WorkbookReader;

/**
 * The streaming reader of .xlsx workbooks: the package structure is read at opening, the
 * shared strings are moved off the heap, and each sheet is parsed row by row as it is iterated.
 */
final class XlsxWorkbook implements WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxWorkbook.class);

    private final GuardedZip zip;
    private final ReaderLimits limits;
    private final SecureXml xmlFactory = new SecureXml();
    private final List<String> sheetNames = new ArrayList<>();
    private final List<String> sheetParts = new ArrayList<>();
    private final List<SheetRows> openSheets = new ArrayList<>();
    private boolean date1904;
    private SharedStrings sharedStrings = SharedStrings.empty();
    private Styles styles = Styles.none();

    private XlsxWorkbook(GuardedZip zip, ReaderLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static XlsxWorkbook open(Path file, ReaderLimits limits) {
        GuardedZip zip = GuardedZip.open(file, limits);
        XlsxWorkbook workbook = new XlsxWorkbook(zip, limits);
        try {
            workbook.load();
            return workbook;
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private void load() {
        String workbookPart = "xl/workbook.xml";
        if (zip.has("_rels/.rels")) {
            String target = relationships("_rels/.rels", "").targetOfType("officeDocument");
            workbookPart = target != null ? target : workbookPart;
        }
        if (workbookPart.endsWith(".bin")) {
            throw Refusals.unsupported("Excel 二进制工作簿 .xlsb");
        }
        if (!zip.has(workbookPart)) {
            throw Refusals.notAWorkbook();
        }
        List<String[]> sheets = readWorkbook(workbookPart);
        String relsPart = relsPartOf(workbookPart);
        Relationships rels = zip.has(relsPart) ? relationships(relsPart, workbookPart) : null;
        for (String[] sheet : sheets) {
            Relationships.Relationship rel = rels == null ? null : rels.byId(sheet[1]);
            if (rel != null && "worksheet".equals(rel.type)) {
                sheetNames.add(sheet[0]);
                sheetParts.add(rel.target);
            }
        }
        if (rels != null) {
            String stylesPart = rels.targetOfType("styles");
            if (stylesPart != null && zip.has(stylesPart)) {
                try (InputStream in = zip.open(stylesPart)) {
                    styles = Styles.load(in, stylesPart, xmlFactory);
                } catch (IOException e) {
                    throw Refusals.io(e);
                }
            }
            String stringsPart = rels.targetOfType("sharedStrings");
            if (stringsPart != null && zip.has(stringsPart)) {
                try (InputStream in = zip.open(stringsPart)) {
                    sharedStrings = SharedStrings.load(in, stringsPart, xmlFactory, limits);
                } catch (IOException e) {
                    throw Refusals.io(e);
                }
            }
        }
        LOG.debug("Workbook opened: {} sheets, {} shared strings, 1904 date system {}",
                sheetNames.size(), sharedStrings.size(), date1904);
    }

    private Relationships relationships(String part, String sourcePart) {
        try (InputStream in = zip.open(part)) {
            return Relationships.load(in, part, sourcePart, xmlFactory);
        } catch (IOException e) {
            throw Refusals.io(e);
        }
    }

    private static String relsPartOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private List<String[]> readWorkbook(String part) {
        List<String[]> sheets = new ArrayList<>();
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = xmlFactory.open(in, part);
            if (!"workbook".equals(xml.getLocalName())) {
                throw Refusals.notAWorkbook();
            }
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("workbookPr".equals(name)) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(name)) {
                    String sheetName = xml.getAttributeValue(null, "name");
                    if (sheetName == null) {
                        throw Refusals.malformed(part, "a sheet without a name", null);
                    }
                    sheets.add(new String[] {sheetName, relationshipId(xml)});
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw SecureXml.failure(part, e);
        } catch (UncheckedStreamException e) {
            throw SecureXml.failure(part, e);
        } catch (IOException e) {
            throw Refusals.io(e);
        }
        return sheets;
    }

    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && namespace != null
                    && !namespace.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLSX;
    }

    @Override
    public List<String> sheetNames() {
        return Collections.unmodifiableList(sheetNames);
    }

    @Override
    public SheetRows sheet(int index) {
        String name = sheetNames.get(index);
        String part = sheetParts.get(index);
        MergedAreas merged;
        try (InputStream in = zip.open(part)) {
            SheetPrescan scan = SheetPrescan.scan(in, part, limits.maxMergedAreas());
            if (scan.declaredLastRow() > limits.maxRows()) {
                throw Refusals.tooManyRows(name, limits.maxRows());
            }
            merged = MergedAreas.of(scan.mergeRefs());
        } catch (IOException e) {
            throw Refusals.io(e);
        }
        LOG.debug("Sheet {} opened: part {}, {} merged areas", name, part, merged.size());
        InputStream in = zip.open(part);
        try {
            SheetRows rows = new XlsxSheetRows(name, part, in, xmlFactory.open(in, part),
                    sharedStrings, styles, date1904, merged, limits);
            openSheets.add(rows);
            return rows;
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("Closing a sheet's stream failed", e);
        }
    }

    @Override
    public void close() {
        for (SheetRows rows : openSheets) {
            rows.close();
        }
        openSheets.clear();
        sharedStrings.close();
        zip.close();
    }
}
