package dev.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pressroom.testing.Releases;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
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
        "2024-06",
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
        "2023-13",
        "2023-6",
        "2023-06T13:25",
        "0000-06",
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

  @Test
  void aMonthIsOneValueWhateverDayItWasBuiltWith() {
    Timestamp june = Timestamp.ofMonth(YearMonth.of(2024, 6));
    assertEquals(
        june,
        new Timestamp(LocalDate.of(2024, 6, 17), null, Timestamp.Precision.MONTH, null, null));
    assertEquals(LocalDate.of(2024, 6, 1), june.date());
    assertEquals(YearMonth.of(2024, 6), june.yearMonth());
    assertEquals(Timestamp.Precision.MONTH, Timestamp.parse("2024-06").precision());
    assertNotEquals(june, Timestamp.ofDate(LocalDate.of(2024, 6, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Timestamp(
                LocalDate.of(2024, 6, 1), LocalTime.NOON, Timestamp.Precision.MONTH, null, null));
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
