package se.namndbok.app.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import org.testfx.api.FxRobot;

/**
 * A file dragged from the file manager and dropped on a node. A robot cannot drag between programs, so the test
 * makes the dragboard the operating system would hand over (holding the file) and sends the node the two events
 * the drop consists of, DRAG_OVER then DRAG_DROPPED, through the node's real handlers.
 */
public final class FileDropper {
  private FileDropper() {}

  /** Drops {@code file} on the middle of {@code target}; true when the target took it. */
  public static boolean drop(FxRobot robot, Node target, Path file) {
    boolean[] completed = new boolean[1];
    robot.interact(() -> {
      Dragboard board = dragboard(file.toFile());
      Bounds b = target.localToScene(target.getBoundsInLocal());
      double x = b.getCenterX();
      double y = b.getCenterY();
      Bounds s = target.localToScreen(target.getBoundsInLocal());
      DragEvent over = new DragEvent(null, target, DragEvent.DRAG_OVER, board, x, y, s.getCenterX(), s.getCenterY(),
          TransferMode.COPY, null, target, null);
      Event.fireEvent(target, over);
      DragEvent dropped = new DragEvent(null, target, DragEvent.DRAG_DROPPED, board, x, y, s.getCenterX(),
          s.getCenterY(), TransferMode.COPY, null, target, null);
      Event.fireEvent(target, dropped);
      completed[0] = dropped.isDropCompleted();
    });
    return completed[0];
  }

  private static Dragboard dragboard(File file) {
    try {
      Class.forName(Dragboard.class.getName(), true, Dragboard.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return com.sun.javafx.scene.input.DragboardHelper.createDragboard(new FilesOnly(file));
  }

  /** The operating system's clipboard of a file drag: one file, copy only. */
  private record FilesOnly(File file) implements com.sun.javafx.tk.TKClipboard {
    @Override
    public Set<DataFormat> getContentTypes() {
      return Set.of(DataFormat.FILES);
    }

    @SafeVarargs
    @Override
    public final boolean putContent(Pair<DataFormat, Object>... content) {
      return false;
    }

    @Override
    public Object getContent(DataFormat format) {
      return format == DataFormat.FILES ? List.of(file) : null;
    }

    @Override
    public boolean hasContent(DataFormat format) {
      return format == DataFormat.FILES;
    }

    @Override
    public Set<TransferMode> getTransferModes() {
      return EnumSet.of(TransferMode.COPY);
    }

    @Override
    public void setDragView(Image image) {}

    @Override
    public void setDragViewOffsetX(double offsetX) {}

    @Override
    public void setDragViewOffsetY(double offsetY) {}

    @Override
    public Image getDragView() {
      return null;
    }

    @Override
    public double getDragViewOffsetX() {
      return 0;
    }

    @Override
    public double getDragViewOffsetY() {
      return 0;
    }
  }
}
