package se.namndbok.reports.layout;

import java.util.Objects;

/** A PDF merged into the output after the section it belongs to. {@code name} is the file name shown to users. */
public record Attachment(String name, byte[] pdf) {
  public Attachment {
    Objects.requireNonNull(name);
    Objects.requireNonNull(pdf);
  }
}
