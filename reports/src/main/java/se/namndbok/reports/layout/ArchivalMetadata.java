package se.namndbok.reports.layout;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document-level parts of PDF/A-2b and PDF/UA-1: XMP (with the PDF/A extension schema that declares
 * pdfuaid), a matching Info dictionary, the sRGB output intent, language, MarkInfo and DisplayDocTitle.
 * The pdfaid/pdfuaid claims are only written when the caller says the whole file satisfies them.
 */
final class ArchivalMetadata {
  static final String PRODUCER = "Nämndbok";
  private static final String SRGB = "sRGB IEC61966-2.1";

  private ArchivalMetadata() {}

  /** Catalog entries that must be in place before attachments are merged (MarkInfo decides tree merging). */
  static void prepareCatalog(PDDocument doc) throws IOException {
    doc.setVersion(1.7f);
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setLanguage("sv-SE");
    catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo(false, false));
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
    if (catalog.getOutputIntents().isEmpty()) {
      PDOutputIntent intent = new PDOutputIntent(doc,
          new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
      intent.setInfo(SRGB);
      intent.setOutputCondition(SRGB);
      intent.setOutputConditionIdentifier(SRGB);
      intent.setRegistryName("http://www.color.org");
      catalog.addOutputIntent(intent);
    }
  }

  /** Title, author, dates and the conformance claims, in XMP and the Info dictionary alike. */
  static void describe(PDDocument doc, String title, String author, OffsetDateTime created, boolean pdfA,
      boolean pdfUa) throws IOException {
    info(doc, title, author, created);
    PDMarkInfo merged = doc.getDocumentCatalog().getMarkInfo();
    doc.getDocumentCatalog().getCOSObject().setItem(COSName.MARK_INFO,
        markInfo(merged != null && merged.isSuspect(), merged != null && merged.usesUserProperties()));
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp(title, author, created, pdfA, pdfUa).getBytes(StandardCharsets.UTF_8));
    doc.getDocumentCatalog().setMetadata(metadata);
  }

  /**
   * MarkInfo with only the keys that are true: false is their default, and poppler (pdfinfo, many Linux
   * viewers) reports an explicit {@code /Suspects false} as "Syntax Error: Suspects object is wrong type".
   * PDFBox's PDMarkInfo and PDFMergerUtility write both keys as false, so the dictionary is rebuilt here after
   * merging.
   */
  private static COSDictionary markInfo(boolean suspects, boolean userProperties) {
    COSDictionary markInfo = new COSDictionary();
    markInfo.setBoolean(COSName.getPDFName("Marked"), true);
    if (suspects) {
      markInfo.setBoolean(COSName.getPDFName("Suspects"), true);
    }
    if (userProperties) {
      markInfo.setBoolean(COSName.getPDFName("UserProperties"), true);
    }
    return markInfo;
  }

  private static void info(PDDocument doc, String title, String author, OffsetDateTime created) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreator(PRODUCER);
    info.setProducer(PRODUCER);
    GregorianCalendar calendar = GregorianCalendar.from(created.toZonedDateTime());
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    doc.setDocumentInformation(info);
  }

  static String xmp(String title, String author, OffsetDateTime created, boolean pdfA, boolean pdfUa) {
    String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
        .append("</rdf:li></rdf:Alt></dc:title>\n")
        .append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n")
        .append("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n")
        .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
        .append("</rdf:Description>\n");
    if (pdfA) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
          .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n")
          .append("</rdf:Description>\n");
    }
    if (pdfUa) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
          .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n")
          .append(UA_EXTENSION_SCHEMA);
    }
    return x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>").toString();
  }

  private static final String UA_EXTENSION_SCHEMA = """
      <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
      <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
      <pdfaProperty:name>part</pdfaProperty:name>
      <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
      <pdfaProperty:category>internal</pdfaProperty:category>
      <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
      </rdf:li></rdf:Seq></pdfaSchema:property>
      </rdf:li></rdf:Bag></pdfaExtension:schemas>
      </rdf:Description>
      """;

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
