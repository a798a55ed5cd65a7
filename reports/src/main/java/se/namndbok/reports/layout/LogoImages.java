package se.namndbok.reports.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The logo for a PDF page, rendered and compressed once per process for each logo and size: an export builds its
 * image from the kept compressed pixels (colour and transparency as separate deflated planes, lossless, which
 * PDF/A-2b allows) instead of rendering the drawing and predictor-encoding it again, which was a fifth of the
 * demo kallelse's time (decision record 0144). The aspect ratio the layout asks for on every pass is kept too.
 */
final class LogoImages {
  private static final int KEPT = 8;
  private static final Map<String, Float> ASPECTS = new ConcurrentHashMap<>();
  private static final Map<String, Pixels> PIXELS = new ConcurrentHashMap<>();

  private LogoImages() {}

  /** Width over height of the logo {@code data}. */
  static float aspect(byte[] data) {
    return kept(ASPECTS, sha256(data), () -> Logo.aspect(data));
  }

  /** The logo {@code data} as an image of {@code doc}, to draw at {@code width} × {@code height} points. */
  static PDImageXObject image(PDDocument doc, byte[] data, float width, float height) throws IOException {
    Pixels p = kept(PIXELS, sha256(data) + " " + width + " " + height,
        () -> Pixels.of(Logo.raster(data, width, height)));
    PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(p.colour()), COSName.FLATE_DECODE,
        p.width(), p.height(), 8, PDDeviceRGB.INSTANCE);
    if (p.alpha() != null) {
      image.getCOSObject().setItem(COSName.SMASK, new PDImageXObject(doc, new ByteArrayInputStream(p.alpha()),
          COSName.FLATE_DECODE, p.width(), p.height(), 8, PDDeviceGray.INSTANCE));
    }
    return image;
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T kept(Map<String, T> map, String key, java.util.function.Supplier<T> make) {
    T value = map.get(key);
    if (value == null) {
      value = make.get();
      if (map.size() >= KEPT) {
        map.clear();
      }
      map.put(key, value);
    }
    return value;
  }

  /** Deflated 8-bit RGB and alpha planes (alpha null when the image is opaque). */
  private record Pixels(int width, int height, byte[] colour, byte[] alpha) {
    static Pixels of(BufferedImage image) {
      int w = image.getWidth();
      int h = image.getHeight();
      byte[] rgb = new byte[w * h * 3];
      byte[] alpha = new byte[w * h];
      boolean opaque = true;
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int argb = row[x];
          int i = y * w + x;
          rgb[3 * i] = (byte) (argb >> 16);
          rgb[3 * i + 1] = (byte) (argb >> 8);
          rgb[3 * i + 2] = (byte) argb;
          alpha[i] = (byte) (argb >>> 24);
          opaque &= (argb >>> 24) == 0xff;
        }
      }
      return new Pixels(w, h, deflate(rgb), opaque ? null : deflate(alpha));
    }

    private static byte[] deflate(byte[] raw) {
      Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
      try {
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8 + 64);
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
          out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
      } finally {
        deflater.end();
      }
    }
  }
}
