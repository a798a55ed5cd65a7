package se.namndbok.app.sammantrade;

/** A small valid PDF for tests outside this package. */
public final class TestPdf {
  private TestPdf() {}

  public static byte[] bytes() {
    return BuilderFixture.pdf();
  }
}
