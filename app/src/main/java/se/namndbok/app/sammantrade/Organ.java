package se.namndbok.app.sammantrade;

/** Who meets: the board itself ({@code utskottId} null) or one of its committees. */
public record Organ(Long utskottId, String namn) {

  @Override
  public String toString() {
    return namn;
  }
}
