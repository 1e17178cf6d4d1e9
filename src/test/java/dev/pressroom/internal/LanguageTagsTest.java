package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      textBlock =
          """
          en,          en
          DE,          de
          en-EN,       en
          en_US,       en-US
          en-us,       en-US
          ' fr-CA ',   fr-CA
          zh-hans-cn,  zh-Hans-CN
          zh_CN,       zh-CN
          es-419,      es-419
          deu,         de
          cmn,         zh
          iw,          he
          'de-DE, en', de-DE
          en-GB-oxendict, en-GB
          english,     none
          x-default,   none
          und,         none
          xx,          none
          '',          none
          12,          none
          """)
  void normalisesDeclaredTags(String declared, String expected) {
    assertEquals(expected, LanguageTags.normalise(declared).tag());
  }
}
