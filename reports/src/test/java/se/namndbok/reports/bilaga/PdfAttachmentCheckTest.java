package se.namndbok.reports.bilaga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.reports.testing.TestPdfs;

class PdfAttachmentCheckTest {

  @Test
  void refusesAFileThatIsNotAPdfNamingTheFile() {
    byte[] word = "PK\u0003\u0004 ett Word-dokument".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PdfAttachmentCheck.check("protokoll.docx", word))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Bilaga: Filen protokoll.docx är inte en PDF-fil.");
  }

  @Test
  void refusesAnEncryptedPdfNamingTheFile() {
    assertThatThrownBy(() -> PdfAttachmentCheck.check("lösenord.pdf", TestPdfs.encrypted()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lösenord.pdf").hasMessageContaining("krypterad");
  }

  @Test
  void refusesATruncatedPdfNamingTheFile() {
    assertThatThrownBy(() -> PdfAttachmentCheck.check("avbruten.pdf", TestPdfs.corrupt()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("avbruten.pdf").hasMessageContaining("skadad");
  }

  @Test
  void refusesAPdfWhoseBodyIsGarbageNamingTheFile() {
    byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref trailer\n%%EOF"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> PdfAttachmentCheck.check("trasig.pdf", garbage))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("trasig.pdf").hasMessageContaining("skadad");
  }

  @Test
  void acceptsAnArchivalPdfAndReportsItsClaims() {
    PdfAttachmentCheck.Accepted accepted =
        PdfAttachmentCheck.check("anvisningar.pdf", TestPdfs.archival("Anvisningar", 2));
    assertThat(accepted.pages()).isEqualTo(2);
    assertThat(accepted.claim().pdfaPart()).isEqualTo(2);
    assertThat(accepted.claim().conformance()).isEqualTo("B");
    assertThat(accepted.claim().pdfUa()).isTrue();
    assertThat(accepted.notice()).isEmpty();
  }

  @Test
  void acceptsAPlainPdfButSaysItIsNotPdfA() {
    PdfAttachmentCheck.Accepted accepted = PdfAttachmentCheck.check("skannat.pdf", TestPdfs.plain("Brev"));
    assertThat(accepted.claim().claimsPdfA()).isFalse();
    assertThat(accepted.notice()).contains("skannat.pdf").contains("inte PDF/A");
  }
}
