package se.namndbok.app.sammantrade;

import java.io.File;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.css.PseudoClass;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import se.namndbok.app.shared.Messages;

/**
 * One item of the ärendelista: punkt, rubrik, ärendenummer and a lock when confidential. Dragging an item onto
 * another moves it there (a press-drag-release gesture within the window); dropping PDF files from the desktop
 * onto an item attaches them to it (the system's drag and drop).
 */
final class PunktCell extends ListCell<Punktrad> {
  /** Key of the item being dragged within the list (a press-drag-release gesture inside the window). */
  static final String PUNKT = "namndbok.dragged.punkt";
  /** Punkt number, lock, gaps, padding and the scroll bar: what the rubrik cannot use of the list's width. */
  private static final double TEXT_INSET = 96;
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

  private final MotesbyggareViewModel vm;
  private final Label nummer = new Label();
  private final Label rubrik = new Label();
  private final Label arendenr = new Label();
  private final FontIcon lock = new FontIcon(Material2AL.LOCK);
  private final HBox box;

  PunktCell(MotesbyggareViewModel vm) {
    this.vm = vm;
    nummer.getStyleClass().add("punkt-nummer");
    nummer.setMinWidth(28);
    arendenr.getStyleClass().add("muted");
    rubrik.setWrapText(true);
    rubrik.setMinHeight(Region.USE_PREF_SIZE);
    setPrefWidth(0);
    lock.setId("punktLas");
    lock.setAccessibleText(Messages.get("byggare.sekretess"));
    VBox text = new VBox(2, rubrik, arendenr);
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMinWidth(0);
    text.setAlignment(Pos.CENTER_LEFT); // a one-line rubrik level with its number, as a two-line one is
    box = new HBox(8, nummer, text, lock);
    box.setAlignment(Pos.CENTER_LEFT);
    installDrag();
  }

  private void installDrag() {
    setOnDragDetected(e -> {
      if (getItem() != null) {
        getListView().getProperties().put(PUNKT, getItem());
        startFullDrag();
        e.consume();
      }
    });
    listViewProperty().addListener((o, was, now) -> {
      rubrik.prefWidthProperty().unbind();
      if (now != null) {
        rubrik.prefWidthProperty().bind(now.widthProperty().subtract(TEXT_INSET));
      }
    });
    setOnMouseDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, true));
    setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
    setOnMouseDragReleased(e -> {
      pseudoClassStateChanged(DROP_TARGET, false);
      Object dragged = getListView().getProperties().remove(PUNKT);
      if (dragged instanceof Punktrad r) {
        int target = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
        vm.moveTo(r, target);
      }
      e.consume();
    });
    setOnDragOver(this::dragOver);
    setOnDragDropped(this::dropped);
  }

  private void dragOver(DragEvent e) {
    Dragboard db = e.getDragboard();
    if (db.hasFiles() && getItem() != null) {
      e.acceptTransferModes(TransferMode.COPY);
    }
    e.consume();
  }

  private void dropped(DragEvent e) {
    Dragboard db = e.getDragboard();
    boolean done = false;
    if (db.hasFiles() && getItem() != null) {
      List<File> files = db.getFiles();
      files.forEach(f -> vm.attach(getItem(), f.toPath()));
      done = true;
    }
    e.setDropCompleted(done);
    e.consume();
  }

  @Override
  protected void updateItem(Punktrad item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setGraphic(null);
      setText(null);
      setAccessibleText(null);
      return;
    }
    nummer.setText(item.kallelsenummer() == null ? "" : item.kallelsenummer() + ".");
    rubrik.setText(item.rubrik());
    arendenr.setText(item.arendenummer());
    arendenr.setVisible(!item.arendenummer().isEmpty());
    arendenr.setManaged(arendenr.isVisible());
    lock.setVisible(item.sekretess());
    setText(null);
    setGraphic(box);
    setAccessibleText(Messages.format("byggare.punkt.tillganglig", item.namnForst(), item.arendenummer(), item.sekretess() ? Messages.get("byggare.sekretess") : ""));
  }
}
