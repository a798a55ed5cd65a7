package se.namndbok.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The logo image kept between exports has exactly the pixels and transparency of the rendered drawing. */
class LogoImagesTest {

  @Test
  void anSvgLogoKeepsEveryPixelAndItsTransparencyInEachNewDocument() throws IOException {
    byte[] svg = demoLogo();
    BufferedImage drawn = Logo.raster(svg, 120f, 40f);
    for (int export = 0; export < 2; export++) {
      try (PDDocument doc = new PDDocument()) {
        PDImageXObject image = LogoImages.image(doc, svg, 120f, 40f);
        assertSamePixels(drawn, image, "export " + export);
      }
    }
  }

  @Test
  void anOpaquePngLogoHasNoTransparencyMask() throws IOException {
    BufferedImage png = new BufferedImage(7, 3, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 7; x++) {
      png.setRGB(x, x % 3, 0x12ab34 + x);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(png, "png", bytes);
    try (PDDocument doc = new PDDocument()) {
      PDImageXObject image = LogoImages.image(doc, bytes.toByteArray(), 21f, 9f);
      assertThat(image.getCOSObject().getItem(COSName.SMASK)).isNull();
      assertSamePixels(png, image, "png");
    }
    assertThat(LogoImages.aspect(bytes.toByteArray())).isEqualTo(7f / 3f);
  }

  private static void assertSamePixels(BufferedImage drawn, PDImageXObject image, String at) throws IOException {
    BufferedImage colour = image.getImage();
    COSStream mask = image.getCOSObject().getCOSStream(COSName.SMASK);
    BufferedImage alpha = mask == null ? null : new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(mask), null).getImage();
    assertThat(colour.getWidth()).as(at).isEqualTo(drawn.getWidth());
    assertThat(colour.getHeight()).as(at).isEqualTo(drawn.getHeight());
    for (int y = 0; y < drawn.getHeight(); y++) {
      for (int x = 0; x < drawn.getWidth(); x++) {
        int argb = drawn.getRGB(x, y);
        assertThat(colour.getRGB(x, y) & 0xffffff).as("%s colour at %d,%d", at, x, y).isEqualTo(argb & 0xffffff);
        int a = alpha == null ? 0xff : alpha.getRaster().getSample(x, y, 0);
        assertThat(a).as("%s alpha at %d,%d", at, x, y).isEqualTo(argb >>> 24);
      }
    }
  }

  private static byte[] demoLogo() throws IOException {
    try (InputStream in = LogoImagesTest.class.getResourceAsStream("/demo/logotyp.svg")) {
      return in.readAllBytes();
    }
  }
}
