package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo builds a site from our Markdown as it is and finds the title, the date (at every precision,
 * with offset and zone), the breadcrumb, the language and the footer labels. Hugo ignores a
 * front-matter date without seconds, which is why {@code date} always has them.
 */
class HugoReadsOurFrontMatterTest {
  @TempDir Path site;

  @Test
  void hugoReadsEveryFieldAtEveryPrecision() throws Exception {
    ExternalTools.require("hugo");
    Files.writeString(site.resolve("config.toml"), "baseURL = \"https://example.org/\"\n");
    Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(
        layouts.resolve("single.html"),
        "{{ .Title }}|{{ .Date.Format \"2006-01-02T15:04:05Z07:00\" }}|"
            + "{{ delimit .Params.breadcrumb \"/\" }}|{{ .Params.lang }}|"
            + "{{ range .Params.footer }}{{ .label }};{{ end }}");
    Files.writeString(layouts.resolve("list.html"), "");
    Path content = Files.createDirectories(site.resolve("content"));
    List<String> stamps =
        List.of(
            "2024-06",
            "2023-10-28",
            "2023-10-28T13:25",
            "2023-10-28T13:25:07",
            "2023-10-28T13:25+08:00",
            "2023-10-28T13:25:07-05:30",
            "2023-10-28T13:25+08:00[Asia/Shanghai]");
    for (int i = 0; i < stamps.size(); i++) {
      PressRelease release =
          Releases.seed().toBuilder()
              .timestamp(Timestamp.parse(stamps.get(i)))
              .language("en")
              .build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new MarkdownRenderer().render(release, out);
      Files.write(content.resolve("r" + i + ".md"), out.toByteArray());
    }

    ExternalTools.Result hugo =
        ExternalTools.run(120, site, List.of("hugo", "--quiet", "--destination", "public"));
    assertEquals(0, hugo.exitCode(), hugo.stderr());

    List<String> expectedDates =
        List.of(
            "2024-06-01T00:00:00Z",
            "2023-10-28T00:00:00Z",
            "2023-10-28T13:25:00Z",
            "2023-10-28T13:25:07Z",
            "2023-10-28T13:25:00+08:00",
            "2023-10-28T13:25:07-05:30",
            "2023-10-28T13:25:00+08:00");
    for (int i = 0; i < stamps.size(); i++) {
      String page =
          Files.readString(site.resolve("public/r" + i + "/index.html"), StandardCharsets.UTF_8);
      assertEquals(
          Releases.seed().title()
              + "|"
              + expectedDates.get(i)
              + "|HOME/News & Events|en|Suggest To A Friend;Print;",
          page.strip().replace("&#43;", "+"),
          stamps.get(i));
    }
  }
}
