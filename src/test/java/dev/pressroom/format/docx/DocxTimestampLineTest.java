package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The visible timestamp line keeps every precision, offset and zone, and reads back exactly. */
class DocxTimestampLineTest {

  @Property
  void readsBackEveryTimestamp(@ForAll("timestamps") Timestamp timestamp) {
    assertEquals(timestamp, TimestampLine.parse(TimestampLine.format(timestamp)));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Timestamp> timestamps() {
    return Releases.timestamp();
  }

  @Example
  void showsTimestampsReadably() {
    assertEquals("2023-10-28", TimestampLine.format(Timestamp.parse("2023-10-28")));
    assertEquals("2023-10-28 13:25", TimestampLine.format(Timestamp.parse("2023-10-28T13:25")));
    assertEquals(
        "2023-10-28 13:25:07 UTC", TimestampLine.format(Timestamp.parse("2023-10-28T13:25:07Z")));
    assertEquals(
        "2023-10-28 13:25 UTC-05:30",
        TimestampLine.format(Timestamp.parse("2023-10-28T13:25-05:30")));
    assertEquals(
        "2023-01-10 09:00 UTC (Europe/London)",
        TimestampLine.format(Timestamp.parse("2023-01-10T09:00Z[Europe/London]")));
  }

  @Example
  void alsoReadsTheIsoForm() {
    assertEquals(
        Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"),
        TimestampLine.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"));
    assertEquals(Timestamp.parse("2023-10-28T13:25Z"), TimestampLine.parse("2023-10-28T13:25Z"));
  }

  @Example
  void refusesWhatIsNoValidMoment() {
    assertNull(TimestampLine.parse("2023-02-30"));
    assertNull(TimestampLine.parse("2023-10-28 13:25 (Asia/Shanghai)"));
    assertNull(TimestampLine.parse("October 28, 2023"));
  }
}
