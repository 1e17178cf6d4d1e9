package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.net.URI;

/**
 * A media contact named in a release. Every part is optional and one line; at least one of name,
 * organization, email and phone is present.
 *
 * <pre>{@code
 * new Contact("Jane Doe", "Press Officer", "Ministry of Examples",
 *     "press@example.org", "+49 30 1234 5678", URI.create("https://example.org/press"));
 * }</pre>
 *
 * @param name the person
 * @param role their role
 * @param organization the office or company
 * @param email an e-mail address as written
 * @param phone a telephone number as written
 * @param url a web page: an absolute {@code http}, {@code https} or {@code mailto} URI
 */
public record Contact(
    String name, String role, String organization, String email, String phone, URI url) {

  /** A contact, checked against the rules above. */
  public Contact {
    check("name", name);
    check("role", role);
    check("organization", organization);
    check("email", email);
    check("phone", phone);
    if (name == null && organization == null && email == null && phone == null) {
      throw new IllegalArgumentException(
          "contact needs at least one of name, organization, email and phone");
    }
    if (url != null) {
      String problem = LinkTargets.problem(url);
      if (problem != null) {
        throw new IllegalArgumentException("contact url " + problem);
      }
    }
  }

  private static void check(String part, String value) {
    if (value != null) {
      String problem = Text.problem(value);
      if (problem != null) {
        throw new IllegalArgumentException("contact " + part + " " + problem);
      }
    }
  }

  /** A contact with a name and an e-mail address only. */
  public static Contact of(String name, String email) {
    return new Contact(name, null, null, email, null, null);
  }
}
