import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Nämndbok's icon — an open book, white on the board's blue — and writes it in the three formats jpackage
 * wants: PNG (Linux, and the window's own icon), ICO (Windows) and ICNS (macOS); ICO and ICNS hold PNG images,
 * which both formats allow. Run once when the icon changes: {@code java IconMaker.java} in this folder; the
 * written files are committed.
 */
public final class IconMaker {
  private static final Color BLUE = new Color(0x1f, 0x4e, 0x8c);

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.write(dir.resolve("namndbok.png"), png(256));
    Path app = Path.of("../../main/resources/se/namndbok/app");
    if (Files.isDirectory(dir.resolve(app))) {
      for (int size : new int[] {16, 32, 64, 256}) {
        Files.write(dir.resolve(app).resolve("ikon-" + size + ".png"), png(size));
      }
    }
    Files.write(dir.resolve("namndbok.ico"), ico(16, 24, 32, 48, 64, 128, 256));
    Map<String, Integer> icns = new LinkedHashMap<>();
    icns.put("icp4", 16);
    icns.put("icp5", 32);
    icns.put("icp6", 64);
    icns.put("ic07", 128);
    icns.put("ic08", 256);
    icns.put("ic09", 512);
    icns.put("ic10", 1024);
    Files.write(dir.resolve("namndbok.icns"), icns(icns));
  }

  static BufferedImage draw(int size) {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 512.0, size / 512.0);
    g.setColor(BLUE);
    g.fill(new RoundRectangle2D.Double(16, 16, 480, 480, 112, 112));
    g.setColor(Color.WHITE);
    g.fill(page(84, 150, 246, 176, 246, 392, 84, 366));
    g.fill(page(428, 150, 266, 176, 266, 392, 428, 366));
    if (size >= 32) {
      g.setColor(BLUE);
      g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int y = 224; y <= 324; y += 50) {
        g.draw(new Line2D.Double(122, y, 210, y + 13));
        g.draw(new Line2D.Double(302, y + 13, 390, y));
      }
    }
    g.dispose();
    return image;
  }

  private static Path2D page(double... xy) {
    Path2D p = new Path2D.Double();
    p.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      p.lineTo(xy[i], xy[i + 1]);
    }
    p.closePath();
    return p;
  }

  static byte[] png(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(draw(size), "png", out);
    return out.toByteArray();
  }

  /** ICONDIR, one ICONDIRENTRY per size, then the PNG images (little-endian). */
  static byte[] ico(int... sizes) throws IOException {
    byte[][] images = new byte[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      images[i] = png(sizes[i]);
    }
    int offset = 6 + 16 * sizes.length;
    int total = offset;
    for (byte[] image : images) {
      total += image.length;
    }
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      b.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
      b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
      b.putInt(images[i].length).putInt(offset);
      offset += images[i].length;
    }
    for (byte[] image : images) {
      b.put(image);
    }
    return b.array();
  }

  /** 'icns', total length, then (type, length, PNG) per size (big-endian). */
  static byte[] icns(Map<String, Integer> types) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(body);
    for (Map.Entry<String, Integer> t : types.entrySet()) {
      byte[] image = png(t.getValue());
      d.writeBytes(t.getKey());
      d.writeInt(8 + image.length);
      d.write(image);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    DataOutputStream a = new DataOutputStream(all);
    a.writeBytes("icns");
    a.writeInt(8 + body.size());
    a.write(body.toByteArray());
    return all.toByteArray();
  }
}
