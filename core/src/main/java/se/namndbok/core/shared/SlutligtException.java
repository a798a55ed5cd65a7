package se.namndbok.core.shared;

import java.util.List;

/**
 * A change refused because the record is final: a justerat protokoll's meeting (changed only by a rättelse), a
 * fastställd quarterly report (never changed). One rule, one exception: the window shows it and the commands exit 2,
 * as for any refused value. Nothing has been stored.
 */
public class SlutligtException extends ValidationException {
  public SlutligtException(String field, String text) {
    super(List.of(new FieldError(field, text)));
  }
}
