package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.Pressroom;
import dev.pressroom.format.json.JsonRenderer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code formats} prints a table of names, extensions and what each format can do. */
class FormatsCommandTest {
  @TempDir Path dir;

  @Test
  void printsOneRowPerFormat() {
    CliRunner.Result result = new CliRunner(dir).run("formats");

    assertEquals(0, result.status());
    assertEquals(
        """
        FORMAT  EXTENSIONS  READ  WRITE
        broken  .broken     no    yes
        crash   .crash      no    yes
        json    .json       yes   yes
        lines   .lines      yes   yes
        """,
        result.stdout());
  }

  @Test
  void showsFormatsThatOnlyRead() {
    Pressroom readOnly =
        Pressroom.builder()
            .discover(false)
            .register(new TestFormats.LinesParser())
            .register(new JsonRenderer())
            .build();

    CliRunner.Result result = new CliRunner(dir, readOnly, false).run("formats");

    assertEquals(
        """
        FORMAT  EXTENSIONS  READ  WRITE
        json    .json       no    yes
        lines   .lines      yes   no
        """,
        result.stdout());
  }
}
