package se.namndbok.app.shared;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dropped from the file manager onto a node: the node shows {@code :drop-target} while a file is over it. */
public final class FileDrop {
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

  private FileDrop() {}

  /** {@code onFile} gets the first dropped file and says whether it took it. */
  public static void install(Node target, Predicate<Path> onFile) {
    target.addEventHandler(DragEvent.DRAG_OVER, e -> {
      if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
        target.pseudoClassStateChanged(DROP_TARGET, true);
        e.consume();
      }
    });
    target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
    target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
      target.pseudoClassStateChanged(DROP_TARGET, false);
      if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
        File f = e.getDragboard().getFiles().getFirst();
        e.setDropCompleted(onFile.test(f.toPath()));
        e.consume();
      }
    });
  }
}
