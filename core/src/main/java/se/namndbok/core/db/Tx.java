package se.namndbok.core.db;

import org.jooq.DSLContext;

/**
 * One open transaction, handed by a service to its repositories. Only persistence code unwraps it;
 * services see this type and never jOOQ's.
 */
public final class Tx {
  private final DSLContext dsl;

  Tx(DSLContext dsl) {
    this.dsl = dsl;
  }

  public DSLContext dsl() {
    return dsl;
  }
}
