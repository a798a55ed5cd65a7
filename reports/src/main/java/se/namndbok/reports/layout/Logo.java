package se.namndbok.reports.layout;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A nämnd's logo, PNG or SVG, as an image to place: its aspect ratio for the layout, and pixels for the page. An
 * SVG drawing is rendered (jsvg, Java2D) at print resolution; the PDF then holds it as a lossless image, which
 * PDF/A-2b allows with its transparency.
 */
final class Logo {
  /** Pixels per point when an SVG is rendered: 600 dpi. */
  private static final float SCALE = 600f / 72f;

  private Logo() {}

  /** Width over height. */
  static float aspect(byte[] data) {
    if (isPng(data)) {
      BufferedImage image = png(data);
      return (float) image.getWidth() / image.getHeight();
    }
    FloatSize size = svg(data).size();
    return size.width / size.height;
  }

  /** The image to draw at {@code width} × {@code height} points. */
  static BufferedImage raster(byte[] data, float width, float height) {
    if (isPng(data)) {
      return png(data);
    }
    SVGDocument svg = svg(data);
    int w = Math.max(1, Math.round(width * SCALE));
    int h = Math.max(1, Math.round(height * SCALE));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      svg.render((Component) null, g, new ViewBox(0, 0, w, h));
    } finally {
      g.dispose();
    }
    return image;
  }

  static boolean isPng(byte[] data) {
    return data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
  }

  private static BufferedImage png(byte[] data) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
      if (image == null) {
        throw new ExportException("Logotypen kan inte läsas som PNG-bild.");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SVGDocument svg(byte[] data) {
    SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(data), null, LoaderContext.createDefault());
    if (doc == null || doc.size().width <= 0 || doc.size().height <= 0) {
      throw new ExportException("Logotypen kan inte läsas som SVG-teckning.");
    }
    return doc;
  }
}
