package dev.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkTargetsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/print",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/a?b=c#d",
        "https://my_host.example/x",
        "mailto:press@example.org?subject=Release",
        "MAILTO:press@example.org"
      })
  void allowsAbsoluteHttpHttpsAndMailto(String target) {
    URI uri = URI.create(target);
    assertTrue(LinkTargets.isAllowed(uri), target);
    assertNull(LinkTargets.problem(uri));
    assertEquals(uri, LinkTargets.parse(target));
    assertEquals(uri, LinkTargets.allowedOrNull(target));
    assertEquals(uri, new FooterAction("Go", uri).target());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
        "file:///etc/passwd",
        "file://server/share/x",
        "ftp://example.org/x",
        "tel:+4912345",
        "/print",
        "print.html",
        "//example.org/print",
        "https:print",
        "http:///nohost",
        "mailto:?subject=Hi"
      })
  void refusesEveryOtherTarget(String target) {
    URI uri = URI.create(target);
    assertFalse(LinkTargets.isAllowed(uri), target);
    assertNull(LinkTargets.allowedOrNull(target));
    IllegalArgumentException parsed =
        assertThrows(IllegalArgumentException.class, () -> LinkTargets.parse(target));
    assertTrue(
        parsed.getMessage().contains("a link target must be an absolute http, https or mailto URI"),
        parsed.getMessage());
    IllegalArgumentException model =
        assertThrows(IllegalArgumentException.class, () -> new FooterAction("Go", uri));
    assertTrue(model.getMessage().startsWith("footer action target "), model.getMessage());
    assertTrue(model.getMessage().contains(LinkTargets.problem(uri)), model.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///x"})
  void namesTheScheme(String target) {
    String scheme = target.substring(0, target.indexOf(':') + 1);
    String problem = LinkTargets.problem(URI.create(target));
    assertTrue(problem.startsWith("has the scheme " + scheme + ", which is not allowed"), problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a uri", "https://exa mple.org", ""})
  void refusesWhatIsNoUri(String target) {
    assertNull(LinkTargets.allowedOrNull(target));
    assertThrows(IllegalArgumentException.class, () -> LinkTargets.parse(target));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/print"})
  void aRelativeTargetIsCalledRelative(String target) {
    assertTrue(LinkTargets.problem(URI.create(target)).startsWith("is relative (/print)"));
    assertNull(LinkTargets.allowedOrNull(null));
    assertFalse(LinkTargets.isAllowed(null));
  }
}
