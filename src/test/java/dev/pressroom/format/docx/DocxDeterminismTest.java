package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The same release gives the same bytes: fixed entry order and times, no clock, no rsids. */
class DocxDeterminismTest {

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Property(tries = 200)
  void rendersTheSameBytesTwice(@ForAll("releases") PressRelease release) {
    assertArrayEquals(Docx.render(release), Docx.render(release));
  }

  @Example
  void rendersTheSameBytesInAnotherTimeZone() {
    byte[] first = Docx.render(Releases.seed());
    TimeZone saved = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertArrayEquals(first, Docx.render(Releases.seed()));
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Example
  void datesEveryEntryAtAFixedTimeInAFixedOrder() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(Docx.render(Releases.seed())))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
        assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), e.getTimeLocal(), e.getName());
        assertEquals(null, e.getExtra(), e.getName());
      }
    }
    assertEquals(
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "docProps/custom.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/footer1.xml"),
        names);
  }

  @Example
  void writesNoRevisionIdsAndNoClockTime() {
    PressRelease undated = Releases.seed().toBuilder().timestamp(null).build();
    byte[] docx = Docx.render(undated);
    for (String part :
        List.of("word/document.xml", "word/settings.xml", "word/styles.xml", "docProps/core.xml")) {
      assertFalse(Docx.part(docx, part).contains("rsid"), part);
    }
    String core = Docx.part(docx, "docProps/core.xml");
    assertFalse(core.contains("created") || core.contains("modified"), core);
  }
}
