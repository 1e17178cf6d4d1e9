package dev.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pressroom.testing.Releases;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-10-28",
        "2023-10-28T13:25",
        "2023-10-28T13:25:07",
        "2023-10-28T13:25:00",
        "2023-10-28T13:25+08:00",
        "2023-10-28T13:25Z",
        "2023-10-28T13:25:07-05:30",
        "2023-10-28T13:25+08:00[Asia/Shanghai]"
      })
  void keepsItsPrecisionAndZone(String iso) {
    assertEquals(iso, Timestamp.parse(iso).toString());
  }

  @Test
  void distinguishesMinutesFromZeroSeconds() {
    assertEquals(Timestamp.Precision.MINUTE, Timestamp.parse("2023-10-28T13:25").precision());
    assertEquals(Timestamp.Precision.SECOND, Timestamp.parse("2023-10-28T13:25:00").precision());
    assertEquals(
        false, Timestamp.parse("2023-10-28T13:25").equals(Timestamp.parse("2023-10-28T13:25:00")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-10-28 13:25",
        "2023-13-01",
        "2023-02-30",
        "2023-10-28T25:00",
        "2023-10-28T13:25:07.5",
        "2023-10-28T13:25[Asia/Shanghai]",
        "2023-10-28T13:25+09:00[Asia/Shanghai]",
        "2023-10-28T13:25+08:00[Mars/Olympus]",
        "0000-01-01",
        "yesterday"
      })
  void rejectsInvalidText(String text) {
    assertThrows(IllegalArgumentException.class, () -> Timestamp.parse(text));
  }

  @Test
  void rejectsInconsistentParts() {
    LocalDate date = LocalDate.of(2023, 10, 28);
    assertThrows(
        IllegalArgumentException.class,
        () -> new Timestamp(date, LocalTime.of(13, 25, 7), Timestamp.Precision.MINUTE, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Timestamp(date, LocalTime.NOON, Timestamp.Precision.DAY, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Timestamp(
                date, LocalTime.NOON, Timestamp.Precision.MINUTE, ZoneOffset.UTC, ZoneOffset.UTC));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Timestamp(
                date, LocalTime.NOON, Timestamp.Precision.MINUTE, null, ZoneId.of("Europe/Paris")));
  }

  @Test
  void factoriesAgreeWithParse() {
    assertEquals(
        Timestamp.parse("2023-10-28T13:25"),
        Timestamp.of(LocalDateTime.of(2023, 10, 28, 13, 25), Timestamp.Precision.MINUTE));
    assertEquals(Timestamp.parse("2023-10-28"), Timestamp.ofDate(LocalDate.of(2023, 10, 28)));
  }

  @Property
  void toStringParsesBack(@ForAll("timestamps") Timestamp timestamp) {
    assertEquals(timestamp, Timestamp.parse(timestamp.toString()));
  }

  @Provide
  Arbitrary<Timestamp> timestamps() {
    return Releases.timestamp();
  }
}
