package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds .xlsx packages from hand-written XML parts, for shapes no library writes on demand. */
final class TestPackages {

    static final String MAIN_NS =
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS =
            "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private String workbookPr = "";
    private final StringBuilder sheets = new StringBuilder();
    private final StringBuilder workbookRels = new StringBuilder();
    private int sheetCount;

    static TestPackages create() {
        return new TestPackages();
    }

    TestPackages date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    /** Adds a worksheet whose sheetData and following elements are the given XML. */
    TestPackages sheet(String name, String body) {
        sheetCount++;
        String part = "worksheets/sheet" + sheetCount + ".xml";
        sheets.append("<sheet name=\"").append(name).append("\" sheetId=\"").append(sheetCount)
                .append("\" r:id=\"rId").append(sheetCount).append("\"/>");
        workbookRels.append(rel("rId" + sheetCount, "worksheet", part));
        return part("xl/" + part, "<worksheet xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\">" + body + "</worksheet>");
    }

    TestPackages sharedStrings(String items) {
        workbookRels.append(rel("rIdS", "sharedStrings", "sharedStrings.xml"));
        return part("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>");
    }

    TestPackages styles(String body) {
        workbookRels.append(rel("rIdT", "styles", "styles.xml"));
        return part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN_NS + "\">" + body
                + "</styleSheet>");
    }

    TestPackages part(String name, String xml) {
        return bytes(name, xml.getBytes(UTF_8));
    }

    TestPackages bytes(String name, byte[] content) {
        parts.put(name, content);
        return this;
    }

    Path write(Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "test", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
        return file;
    }

    void write(OutputStream out) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("_rels/.rels", ("<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + rel("rId1", "officeDocument", "xl/workbook.xml") + "</Relationships>")
                .getBytes(UTF_8));
        all.put("xl/workbook.xml", ("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                + "\">" + workbookPr + "<sheets>" + sheets + "</sheets></workbook>")
                .getBytes(UTF_8));
        all.put("xl/_rels/workbook.xml.rels", ("<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + workbookRels + "</Relationships>").getBytes(UTF_8));
        all.putAll(parts);
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> part : all.entrySet()) {
            zip.putNextEntry(new ZipEntry(part.getKey()));
            zip.write(part.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL_NS + "/" + type
                + "\" Target=\"" + target + "\"/>";
    }
}
