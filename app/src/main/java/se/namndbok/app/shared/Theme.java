package se.namndbok.app.shared;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** One theme (AtlantaFX Primer Light) as the user-agent stylesheet, plus the app's own sheet of named colours. */
public final class Theme {
  private static final String APP_CSS = Theme.class.getResource("/se/namndbok/app/app.css").toExternalForm();

  private Theme() {}

  public static void install() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  public static Scene style(Scene scene) {
    scene.getStylesheets().add(APP_CSS);
    return scene;
  }

  /** For dialogs, whose scene is their own. */
  public static void style(Parent root) {
    root.getStylesheets().add(APP_CSS);
  }
}
