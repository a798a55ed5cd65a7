package se.namndbok.app.shared;

import java.util.List;
import javafx.geometry.Rectangle2D;

/** The main window's last size and position. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
  public static final double MIN_WIDTH = 900;
  public static final double MIN_HEIGHT = 600;

  /** Screens up to this wide (the municipal laptop's 1366, and 1440) get the first window maximised. */
  public static final double MAXIMISED_UP_TO = 1440;

  /**
   * The first window: centred on the screen, as large as fits up to 1280×800, and maximised on a screen up to
   * {@value #MAXIMISED_UP_TO} wide, where a smaller window would only waste the little room there is.
   */
  public static WindowBounds defaultFor(Rectangle2D screen) {
    if (screen.getWidth() <= MAXIMISED_UP_TO) { // the whole screen also where no window manager maximises
      return new WindowBounds(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), true);
    }
    double w = Math.min(1280, screen.getWidth());
    double h = Math.min(800, screen.getHeight());
    return new WindowBounds(screen.getMinX() + (screen.getWidth() - w) / 2,
        screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
  }

  /**
   * The bounds moved and shrunk so that the window lies on one of {@code screens} (a monitor may have been
   * unplugged since); the default on the first screen when it touches none of them.
   */
  public WindowBounds fitInto(List<Rectangle2D> screens) {
    Rectangle2D self = new Rectangle2D(x, y, Math.max(1, width), Math.max(1, height));
    Rectangle2D screen = screens.stream().filter(s -> s.intersects(self)).findFirst().orElse(null);
    if (screen == null) {
      return defaultFor(screens.getFirst()).withMaximized(maximized);
    }
    double w = clamp(width, Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
    double h = clamp(height, Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
    double nx = clamp(x, screen.getMinX(), screen.getMaxX() - w);
    double ny = clamp(y, screen.getMinY(), screen.getMaxY() - h);
    return new WindowBounds(nx, ny, w, h, maximized);
  }

  public WindowBounds withMaximized(boolean m) {
    return new WindowBounds(x, y, width, height, m);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
