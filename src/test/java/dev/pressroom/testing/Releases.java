package dev.pressroom.testing;

import dev.pressroom.internal.Text;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid releases for property tests, full of hostile text: markup characters of every
 * format, lines that look like footer actions, dates, breadcrumbs and end marks, NBSP and tabs
 * inside, emoji, CJK, right-to-left text, combining marks and very long paragraphs.
 */
public final class Releases {
  private Releases() {}

  /** Pieces that text is assembled from; each is hostile to at least one format. */
  static final List<String> PIECES =
      List.of(
          "word",
          "Press",
          "release",
          "the",
          "2023",
          "42",
          "U.S.",
          "D.C..",
          "a",
          "Z",
          "<Print>",
          "<Suggest To A Friend>",
          "<",
          ">",
          "&",
          "&amp;",
          "&lt;",
          "&#65;",
          "\"",
          "'",
          "*",
          "**",
          "_",
          "__",
          "`",
          "```",
          "~~",
          "[",
          "]",
          "[link](http://x.y)",
          "![img](a.png)",
          "(",
          ")",
          "{",
          "}",
          "#",
          "# ",
          "## ",
          "###",
          "-END-",
          "-30-",
          "1.",
          "1) ",
          "- ",
          "+ ",
          "* ",
          "> ",
          "|",
          "||",
          "\\",
          "\\\\",
          "\\*",
          "%",
          "$",
          "$$",
          "^",
          "=",
          "==",
          "---",
          "___",
          "***",
          ":",
          ": ",
          "yes",
          "no",
          "null",
          "true",
          "~",
          "!",
          "?",
          "@",
          ";",
          ",",
          "<http://example.org/>",
          "http://example.org/a_b*c?d=1&e=2",
          "<!-- c -->",
          "<br>",
          "</p>",
          "<script>alert(1)</script>",
          "]]>",
          "<![CDATA[",
          "{{x}}",
          "%PDF-1.7",
          "\u00A0",
          "\t",
          "  ",
          "2023-10-28",
          "2023-10-28 13:25",
          "October 28, 2023",
          "28 October 2023",
          "2023/10/28",
          "10.11.2021",
          "2023年10月28日",
          "HOME > News & Events",
          "FOR IMMEDIATE RELEASE",
          "WASHINGTON, Oct. 27, 2023 --",
          "Media contact:",
          "Contact:",
          "😀",
          "👩‍👩‍👧",
          "🇨🇳",
          "中华人民共和国外交部",
          "王毅",
          "。",
          "，",
          "日本語のテキスト",
          "한국어",
          "مرحبا بالعالم",
          "שלום",
          "e\u0301",
          "a\u0308",
          "\u200D",
          "\u200E",
          "\u00AD",
          "ß",
          "İ",
          "ﬁ",
          "Ω",
          "€",
          "\u2014",
          "\u2013",
          "…",
          "“",
          "”",
          "‘",
          "’",
          "«",
          "»");

  /**
   * The pieces whose every character Liberation or a CJK TrueType font (such as Debian's Droid
   * fallback) can show: no emoji, Hangul or Arabic. A PDF needs a font for every character, so
   * properties that go through PDF draw their text from these.
   */
  static final List<String> PRINTABLE_PIECES =
      PIECES.stream()
          .filter(
              piece ->
                  piece
                      .codePoints()
                      .noneMatch(
                          cp ->
                              cp >= 0x1F000
                                  || (cp >= 0xAC00 && cp <= 0xD7AF)
                                  || (cp >= 0x0600 && cp <= 0x06FF)))
          .toList();

  /** One valid line of text: pieces joined by spaces or nothing, ends stripped. */
  public static Arbitrary<String> line() {
    return line(PIECES);
  }

  private static Arbitrary<String> line(List<String> from) {
    return Arbitraries.of(from)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .flatMap(
            pieces ->
                Arbitraries.of("", " ", " ", " ", "  ", "\u00A0")
                    .list()
                    .ofSize(pieces.size())
                    .map(seps -> join(pieces, seps)));
  }

  private static String join(List<String> pieces, List<String> seps) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      out.append(pieces.get(i)).append(seps.get(i));
    }
    String text = Text.strip(out.toString());
    return text.isEmpty() || Text.problem(text) != null ? "x" : text;
  }

  /** A paragraph: usually a line, sometimes a very long one. */
  public static Arbitrary<String> paragraph() {
    return paragraph(line());
  }

  private static Arbitrary<String> paragraph(Arbitrary<String> line) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, line),
        net.jqwik.api.Tuple.of(
            1, line.list().ofMinSize(20).ofMaxSize(60).map(parts -> String.join(" ", parts))));
  }

  /** A timestamp at any precision (month, day, minute, second), with or without offset and zone. */
  public static Arbitrary<Timestamp> timestamp() {
    Arbitrary<LocalDateTime> dateTime =
        Combinators.combine(
                Arbitraries.integers().between(1990, 2040),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(0, 59))
            .as((y, mo, d, h, mi, s) -> LocalDateTime.of(y, mo, d, h, mi, s));
    return Combinators.combine(dateTime, Arbitraries.integers().between(0, 7))
        .as(
            (dt, kind) ->
                switch (kind) {
                  case 0 -> Timestamp.ofDate(dt.toLocalDate());
                  case 7 -> Timestamp.ofMonth(YearMonth.from(dt));
                  case 1 -> Timestamp.of(dt.withSecond(0), Timestamp.Precision.MINUTE);
                  case 2 -> Timestamp.of(dt, Timestamp.Precision.SECOND);
                  case 3 ->
                      Timestamp.of(
                          dt.withSecond(0).atOffset(java.time.ZoneOffset.ofHours(8)),
                          Timestamp.Precision.MINUTE);
                  case 4 ->
                      Timestamp.of(
                          dt.atOffset(java.time.ZoneOffset.ofHoursMinutes(-5, -30)),
                          Timestamp.Precision.SECOND);
                  case 5 ->
                      Timestamp.of(
                          ZonedDateTime.of(dt.withSecond(0), ZoneId.of("Asia/Shanghai")),
                          Timestamp.Precision.MINUTE);
                  default ->
                      Timestamp.of(
                          ZonedDateTime.of(dt, ZoneId.of("Europe/Berlin")),
                          Timestamp.Precision.SECOND);
                });
  }

  /** A footer action, sometimes with a target. */
  public static Arbitrary<FooterAction> footerAction() {
    return footerAction(line());
  }

  private static Arbitrary<FooterAction> footerAction(Arbitrary<String> line) {
    Arbitrary<String> label =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                3, Arbitraries.of("Print", "Suggest To A Friend", "打印本页", "Seite drucken")),
            net.jqwik.api.Tuple.of(2, line));
    Arbitrary<URI> target =
        Arbitraries.of(
                "https://example.org/print",
                "https://www.fmprc.gov.cn/mfa_eng/t1234.shtml?print=1&lang=en",
                "mailto:press@example.org?subject=Release",
                "https://example.org/a_b*c/%E4%B8%AD")
            .map(URI::create)
            .injectNull(0.5);
    return Combinators.combine(label, target).as(FooterAction::new);
  }

  /** A release with every field generated, up to a few dozen paragraphs. */
  public static Arbitrary<PressRelease> release() {
    return release(0, 12);
  }

  /** A release with between {@code min} and {@code max} paragraphs. */
  public static Arbitrary<PressRelease> release(int min, int max) {
    return release(min, max, line());
  }

  /**
   * A release as hostile as {@link #release(int, int)} whose every character the bundled Liberation
   * fonts or a CJK TrueType font can show (see {@link #PRINTABLE_PIECES}).
   */
  public static Arbitrary<PressRelease> printableRelease(int min, int max) {
    return release(min, max, line(PRINTABLE_PIECES));
  }

  private static Arbitrary<PressRelease> release(int min, int max, Arbitrary<String> line) {
    return Combinators.combine(
            line.list().ofMaxSize(4),
            line,
            timestamp().injectNull(0.2),
            Arbitraries.of("en", "zh-CN", "de", "ar", "he", "fr-CA", "ja").injectNull(0.3),
            paragraph(line).list().ofMinSize(min).ofMaxSize(max),
            footerAction(line).list().ofMaxSize(3))
        .as(PressRelease::new);
  }

  private static final List<String> LINK_TARGETS =
      List.of(
          "https://example.org/",
          "https://example.org/a_b*c?d=1&e=2",
          "http://example.org/path/(x)",
          "https://www.fmprc.gov.cn/mfa_eng/t1234.shtml?print=1&lang=en",
          "mailto:press@example.org",
          "https://example.org/%E4%B8%AD?q=%22a%22#frag");

  /**
   * Inline content of one to six segments, each plain, emphasised, strong, both, or a link (whose
   * text may itself be emphasised or look like a URL), joined by a space or nothing; its plain text
   * is always a valid line.
   */
  public static Arbitrary<List<Inline>> inline() {
    return inline(line());
  }

  /** Inline content as {@link #inline()} makes it, before it is made canonical. */
  public static Arbitrary<List<Inline>> rawInline() {
    return rawInline(line());
  }

  private static Arbitrary<List<Inline>> inline(Arbitrary<String> line) {
    return rawInline(line).map(Inline::canonical);
  }

  private static Arbitrary<List<Inline>> rawInline(Arbitrary<String> line) {
    Arbitrary<Inline> segment =
        Combinators.combine(
                line,
                Arbitraries.integers().between(0, 9),
                Arbitraries.of(LINK_TARGETS).map(URI::create))
            .as(
                (text, style, target) -> {
                  List<Inline> t = Inline.text(text);
                  return switch (style) {
                    case 0, 1, 2, 3 -> new Inline.Text(text);
                    case 4 -> new Inline.Emphasis(t);
                    case 5 -> new Inline.Strong(t);
                    case 6 -> new Inline.Strong(List.of(new Inline.Emphasis(t)));
                    case 7 -> new Inline.Link(t, target);
                    case 8 -> new Inline.Link(List.of(new Inline.Emphasis(t)), target);
                    default -> new Inline.Link(Inline.text(target.toString()), target);
                  };
                });
    return Combinators.combine(
            segment.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of("", " ", " ").list().ofSize(6))
        .as(
            (segments, seps) -> {
              List<Inline> out = new ArrayList<>();
              for (int i = 0; i < segments.size(); i++) {
                if (i > 0 && !seps.get(i).isEmpty()) {
                  out.add(new Inline.Text(seps.get(i)));
                }
                out.add(segments.get(i));
              }
              return out;
            });
  }

  /** Any kind of block, paragraphs most often, with hostile inline content. */
  public static Arbitrary<Block> block() {
    return block(line());
  }

  private static Arbitrary<Block> block(Arbitrary<String> line) {
    Arbitrary<List<Inline>> inline = inline(line);
    Arbitrary<Block> paragraph = inline.map(Block.Paragraph::new);
    Arbitrary<Block> plain = paragraph(line).map(Block.Paragraph::of);
    Arbitrary<Block> heading =
        Combinators.combine(Arbitraries.integers().between(2, 4), inline).as(Block.Heading::new);
    Arbitrary<Block.ItemList> flatList =
        Combinators.combine(
                Arbitraries.of(true, false),
                inline.map(content -> new ListItem(content, null)).list().ofMinSize(1).ofMaxSize(3))
            .as(Block.ItemList::new);
    Arbitrary<ListItem> item =
        Combinators.combine(inline, flatList.injectNull(0.7)).as(ListItem::new);
    Arbitrary<Block> list =
        Combinators.combine(Arbitraries.of(true, false), item.list().ofMinSize(1).ofMaxSize(4))
            .as(Block.ItemList::new);
    Arbitrary<Block> quote =
        Combinators.combine(
                inline.map(Block.Paragraph::new).list().ofMinSize(1).ofMaxSize(2),
                line.injectNull(0.5))
            .as(Block.Quote::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, plain),
        net.jqwik.api.Tuple.of(3, paragraph),
        net.jqwik.api.Tuple.of(2, heading),
        net.jqwik.api.Tuple.of(2, list),
        net.jqwik.api.Tuple.of(1, quote));
  }

  /** A media contact with some of its parts. */
  public static Arbitrary<Contact> contact() {
    return contact(line());
  }

  private static Arbitrary<Contact> contact(Arbitrary<String> line) {
    Arbitrary<String> email =
        Arbitraries.of("press@example.org", "jane.doe+news@example.gov", "presse@bund.example.de");
    Arbitrary<String> phone = Arbitraries.of("+49 30 1234 5678", "(202) 555-0100", "010-6596 1114");
    return Combinators.combine(
            line.injectNull(0.3),
            line.injectNull(0.6),
            line.injectNull(0.5),
            email.injectNull(0.4),
            phone.injectNull(0.5),
            Arbitraries.of(LINK_TARGETS).map(URI::create).injectNull(0.7))
        .as(
            (name, role, org, mail, tel, url) ->
                name == null && org == null && mail == null && tel == null
                    ? new Contact(null, role, "Press Office", null, null, url)
                    : new Contact(name, role, org, mail, tel, url));
  }

  /**
   * A version-2 release with every field generated: subtitle, body blocks of every kind, contacts
   * and boilerplate, all with hostile text.
   */
  public static Arbitrary<PressRelease> richRelease() {
    return richRelease(line());
  }

  /** A rich release whose every character the bundled or a CJK font can show. */
  public static Arbitrary<PressRelease> printableRichRelease() {
    return richRelease(line(PRINTABLE_PIECES));
  }

  private static Arbitrary<PressRelease> richRelease(Arbitrary<String> line) {
    Arbitrary<PressRelease> base = release(0, 0, line);
    return Combinators.combine(
            base,
            line.injectNull(0.4),
            block(line).list().ofMaxSize(8),
            contact(line).list().ofMaxSize(2),
            block(line).list().ofMaxSize(3))
        .as(
            (release, subtitle, body, contacts, boilerplate) ->
                release.toBuilder()
                    .subtitle(subtitle)
                    .body(body)
                    .contacts(contacts)
                    .boilerplate(boilerplate)
                    .build());
  }

  /**
   * Pieces of text in both directions and the scripts around them: Arabic (with vowel signs, the
   * Arabic comma and question mark, Arabic-Indic digits), Persian (with the zero-width non-joiner
   * U+200C and Persian digits), Hebrew (with points), Urdu, Hindi, Thai, Latin, digits, punctuation
   * that mirrors or not, and the bidi marks U+200E, U+200F, U+061C and isolates U+2066 to U+2069.
   */
  static final List<String> MIXED_DIRECTION_PIECES =
      List.of(
          "مرحبا بالعالم",
          "وزارة الخارجية",
          "بيان صحفي",
          "كِتَابٌ",
          "الأمم المتحدة",
          "،",
          "؟",
          "٢٠٢٣",
          "١٢٫٥٪",
          "می\u200Cخواهم",
          "وزارت امور خارجه",
          "خبرگزاری\u200Cها",
          "۱۴۰۲",
          "שלום",
          "משרד החוץ",
          "הודעה לעיתונות",
          "שָׁלוֹם",
          "وزارت خارجہ",
          "پاکستان",
          "اعلامیہ",
          "प्रेस विज्ञप्ति",
          "नमस्ते",
          "ข่าวประชาสัมพันธ์",
          "กระทรวงการต่างประเทศ",
          "Press",
          "release",
          "UN",
          "iPhone 15",
          "COVID-19",
          "2023",
          "10.5%",
          "+971 4 123 4567",
          "1,000",
          "(",
          ")",
          "[",
          "]",
          "«",
          "»",
          "\"",
          "-",
          ".",
          ",",
          ":",
          "!",
          "?",
          "/",
          "\u2014",
          "<",
          ">",
          "&",
          "\t",
          "\u00A0",
          "\u200E",
          "\u200F",
          "\u061C",
          "\u200C",
          "\u200D",
          "\u2067",
          "\u2066",
          "\u2069");

  /** Language tags of both directions, with and without a region or script. */
  static final List<String> MIXED_DIRECTION_LANGUAGES =
      List.of(
          "ar", "fa", "he", "ur", "ar-EG", "fa-IR", "he-IL", "ur-PK", "az-Arab", "en", "de", "hi",
          "th", "zh-CN");

  /** A line of {@link #MIXED_DIRECTION_PIECES}: right-to-left and left-to-right text mixed. */
  public static Arbitrary<String> mixedDirectionLine() {
    return line(MIXED_DIRECTION_PIECES);
  }

  /**
   * A release whose every text mixes right-to-left and left-to-right scripts ({@link
   * #mixedDirectionLine}), in a language of either direction ({@code ar}, {@code fa}, {@code he},
   * {@code ur}, {@code en}, {@code hi}, ...; sometimes none): a quarter plain releases of
   * paragraphs, the rest version-2 releases with every field, as {@link #richRelease()} makes them.
   * For the renderers that say the direction (DOCX, HTML, PDF).
   */
  public static Arbitrary<PressRelease> mixedDirectionRelease() {
    Arbitrary<String> line = mixedDirectionLine();
    Arbitrary<PressRelease> plain =
        Combinators.combine(
                line.list().ofMaxSize(4),
                line,
                timestamp().injectNull(0.2),
                Arbitraries.of(MIXED_DIRECTION_LANGUAGES).injectNull(0.1),
                paragraph(line).list().ofMaxSize(8),
                footerAction(line).list().ofMaxSize(3))
            .as(PressRelease::new);
    Arbitrary<PressRelease> rich =
        Combinators.combine(
                plain,
                line.injectNull(0.4),
                block(line).list().ofMaxSize(8),
                contact(line).list().ofMaxSize(2),
                block(line).list().ofMaxSize(3))
            .as(
                (release, subtitle, body, contacts, boilerplate) ->
                    release.toBuilder()
                        .subtitle(subtitle)
                        .body(body)
                        .contacts(contacts)
                        .boilerplate(boilerplate)
                        .build());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, plain), net.jqwik.api.Tuple.of(3, rich));
  }

  /** The seed document's release, as DESIGN.md says it parses. */
  public static PressRelease seed() {
    return PressRelease.builder()
        .breadcrumb("HOME", "News & Events")
        .title("Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken")
        .timestamp(Timestamp.of(LocalDateTime.of(2023, 10, 28, 13, 25), Timestamp.Precision.MINUTE))
        .paragraphs(Seeds.seedParagraphs())
        .footerAction(FooterAction.of("Suggest To A Friend"))
        .footerAction(FooterAction.of("Print"))
        .build();
  }

  /**
   * The seed's text as a rich release, about as long: a subtitle, headings at three levels, a quote
   * with attribution, a bulleted list with a numbered sublist, a numbered list, strong, emphasis
   * and a link, a contact and boilerplate. The benchmarks compare it with the seed.
   */
  public static PressRelease richSeed() {
    PressRelease seed = Releases.seed();
    List<String> p = seed.paragraphs();
    List<String> talks = sentences(p.get(2));
    List<String> plans = sentences(p.get(4));
    List<Block> body = new ArrayList<>();
    body.add(
        new Block.Paragraph(
            List.of(
                new Inline.Strong(Inline.text("From October 26 to 27, 2023")),
                new Inline.Text(p.get(0).substring("From October 26 to 27, 2023".length())))));
    body.add(Block.Heading.of(2, "The talks"));
    body.add(new Block.Quote(List.of(Block.Paragraph.of(p.get(1))), "Wang Yi"));
    body.add(
        new Block.ItemList(
            false,
            List.of(
                new ListItem(
                    Inline.text(talks.get(0)),
                    new Block.ItemList(
                        true,
                        talks.subList(1, talks.size()).stream().map(ListItem::of).toList())))));
    body.add(Block.Heading.of(3, "Next steps"));
    body.add(
        new Block.Paragraph(
            List.of(
                new Inline.Emphasis(Inline.text("Antony Blinken")),
                new Inline.Text(p.get(3).substring("Antony Blinken".length())))));
    body.add(new Block.ItemList(true, plans.stream().map(ListItem::of).toList()));
    body.add(Block.Heading.of(4, "Regional issues"));
    body.add(
        new Block.Paragraph(
            List.of(
                new Inline.Text(p.get(5)),
                new Inline.Text(" "),
                new Inline.Link(
                    Inline.text("Full text"),
                    URI.create("https://www.fmprc.gov.cn/mfa_eng/wjdt_665385/")))));
    return seed.toBuilder()
        .subtitle("Two rounds of talks in Washington, D.C.")
        .body(body)
        .contact(
            new Contact(
                "Press Office",
                null,
                "Ministry of Foreign Affairs",
                "press@example.org",
                "+86 10 6596 1114",
                null))
        .boilerplateBlock(Block.Paragraph.of(p.get(6)))
        .build();
  }

  private static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String s : paragraph.split("(?<=[.;]) (?=[A-Z])")) {
      out.add(s.strip());
    }
    return out;
  }

  /** A plain release for examples. */
  public static PressRelease simple() {
    return PressRelease.builder()
        .title("Pressroom Ships Its First Release")
        .timestamp(Timestamp.ofDate(LocalDate.of(2026, 11, 28)))
        .paragraph("Pressroom reads and writes press releases.")
        .build();
  }
}
