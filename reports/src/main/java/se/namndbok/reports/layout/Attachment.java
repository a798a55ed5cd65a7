package se.namndbok.reports.layout;

import java.util.Objects;

/**
 * A PDF merged into the output after the section it belongs to. {@code name} is the file name shown in messages;
 * {@code title} what the document is (the handling's rubrik), used for its bookmark and its contents row.
 */
public record Attachment(String name, byte[] pdf, String title) {
  public Attachment {
    Objects.requireNonNull(name);
    Objects.requireNonNull(pdf);
    title = title == null || title.isBlank() ? name : title;
  }

  public Attachment(String name, byte[] pdf) {
    this(name, pdf, name);
  }
}
