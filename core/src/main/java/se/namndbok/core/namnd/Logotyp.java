package se.namndbok.core.namnd;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import se.namndbok.core.shared.ValidationException;

/** The two kinds of logo a nämnd may upload: a PNG image or an SVG drawing. */
public enum Logotyp {
  PNG, SVG;

  public static final String FIELD = "Logotyp";
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** The kind of {@code bytes}, or a Swedish message naming the file when it is neither. */
  public static Logotyp of(String filnamn, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw ValidationException.of(FIELD, "filen " + filnamn + " är tom");
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return PNG;
    }
    if (isSvg(bytes)) {
      return SVG;
    }
    throw ValidationException.of(FIELD, "filen " + filnamn + " är varken en PNG-bild eller en SVG-teckning");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Well-formed XML whose root is {@code svg}; no DTD and no external entities are read. */
  private static boolean isSvg(byte[] bytes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
      return "svg".equals(doc.getDocumentElement().getLocalName());
    } catch (Exception e) {
      return false;
    }
  }
}
