package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndbok.app.testing.Glossary;

/** Every text of the window's bundle keeps to the glossary's one wording per concept (ordlista.txt). */
class OrdlistaTest {

  @Test
  void everyTextOfTheWindowUsesTheGlossarysWordForItsConcept() {
    List<String> texts = Collections.list(Messages.bundle().getKeys()).stream().map(Messages::get).toList();

    assertThat(Glossary.violations(texts)).isEmpty();
  }

  @Test
  void theGlossaryCatchesAWordItForbids() {
    assertThat(Glossary.violations(List.of("Radera mötet", "Flytta ner", "Cancel", "Ta bort sammanträdet")))
        .hasSize(4);
  }
}
