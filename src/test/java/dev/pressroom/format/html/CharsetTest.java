package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetTest {
  private static final String TEXT =
      "Grüße aus Köln: Straßenbahn fährt wieder – „pünktlich“ und schön";

  private static String page(String charset) {
    return "<html><head>"
        + (charset == null
            ? ""
            : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">")
        + "<title>t</title></head><body><h1>"
        + TEXT
        + "</h1></body></html>";
  }

  private static String title(byte[] bytes) throws Exception {
    return HtmlPages.parse(bytes).title();
  }

  @Test
  void readsTheDeclaredCharset() throws Exception {
    assertEquals(TEXT, title(page("utf-8").getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT, title(page("windows-1252").getBytes(Charset.forName("windows-1252"))));
    String chinese =
        "<html><head><meta charset=\"gb2312\"></head><body><h1>中国政府向苏丹派遣抗疫医疗专家组</h1></body></html>";
    assertEquals("中国政府向苏丹派遣抗疫医疗专家组", title(chinese.getBytes(Charset.forName("GB18030"))));
  }

  @Test
  void latin1DeclarationMeansWindows1252() throws Exception {
    // „ and “ exist in windows-1252 only; browsers read ISO-8859-1 labels as windows-1252.
    assertEquals(TEXT, title(page("ISO-8859-1").getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void utf8BytesUnderAWrongLatin1DeclarationAreReadAsUtf8() throws Exception {
    assertEquals(TEXT, title(page("ISO-8859-1").getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT, title(page("us-ascii").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void latin1BytesUnderAWrongUtf8DeclarationAreReadAsWindows1252() throws Exception {
    assertEquals(TEXT, title(page("utf-8").getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void sniffsWhenNothingIsDeclared() throws Exception {
    assertEquals(TEXT, title(page(null).getBytes(StandardCharsets.UTF_8)));
    assertEquals(TEXT, title(page(null).getBytes(Charset.forName("windows-1252"))));
  }

  @Test
  void aByteOrderMarkWinsOverTheDeclaration() throws Exception {
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    utf8.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    utf8.write(page("windows-1252").getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, title(utf8.toByteArray()));
    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write(page("utf-8").getBytes(StandardCharsets.UTF_16LE));
    assertEquals(TEXT, title(utf16.toByteArray()));
  }

  @Test
  void anUnknownCharsetLabelFallsBackToSniffing() throws Exception {
    assertEquals(TEXT, title(page("x-no-such-charset").getBytes(StandardCharsets.UTF_8)));
  }
}
