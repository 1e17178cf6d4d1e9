package dev.pressroom.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Sample paragraphs in the scripts press offices publish in, each a sentence we wrote with numbers
 * and a Latin word in it, and the Debian {@code fonts-noto-core} TrueType faces that draw them.
 */
public final class Scripts {
  private Scripts() {}

  /** Where Debian's fonts-noto-core puts its TrueType files; CI installs it. */
  public static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");

  /**
   * One script's sample.
   *
   * @param name the script
   * @param language the BCP 47 tag of a release in it
   * @param text the sample paragraph
   * @param font the Noto face's file name (regular); the bold one ends in {@code -Bold.ttf}
   */
  public record Sample(String name, String language, String text, String font) {
    /** The regular face. */
    public Path regular() {
      return NOTO.resolve(font);
    }

    /** The bold face. */
    public Path bold() {
      return NOTO.resolve(font.replace("-Regular.ttf", "-Bold.ttf"));
    }
  }

  /** Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Sinhala and Thai. */
  public static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "Arabic",
              "ar",
              "أعلنت الوزارة اليوم عن برنامج جديد بقيمة 250 مليون دولار بالتعاون مع شركة Siemens.",
              "NotoSansArabic-Regular.ttf"),
          new Sample(
              "Persian",
              "fa",
              "وزارت امور خارجه اعلام کرد که نشست‌های مشترک در سال 2024 با UNESCO برگزار می‌شود.",
              "NotoSansArabic-Regular.ttf"),
          new Sample(
              "Urdu",
              "ur",
              "وزارت خارجہ نے آج 12 نئے منصوبوں کا اعلان کیا جن میں Microsoft بھی شامل ہے۔",
              "NotoNastaliqUrdu-Regular.ttf"),
          new Sample(
              "Hebrew",
              "he",
              "משרד החוץ הודיע היום על תוכנית חדשה בהיקף של 40 מיליון שקל בשיתוף עם חברת Intel.",
              "NotoSansHebrew-Regular.ttf"),
          new Sample(
              "Devanagari",
              "hi",
              "मंत्रालय ने आज 500 करोड़ रुपये की नई योजना की घोषणा की, जिसमें Google भी शामिल है।",
              "NotoSansDevanagari-Regular.ttf"),
          new Sample(
              "Bengali",
              "bn",
              "মন্ত্রণালয় আজ 2024 সালের জন্য 300 কোটি টাকার নতুন প্রকল্প ঘোষণা করেছে, যাতে UNICEF থাকবে।",
              "NotoSansBengali-Regular.ttf"),
          new Sample(
              "Tamil",
              "ta",
              "அமைச்சகம் இன்று 2024 ஆம் ஆண்டுக்கான புதிய திட்டத்தை அறிவித்தது, இதில் Microsoft பங்கேற்கிறது.",
              "NotoSansTamil-Regular.ttf"),
          new Sample(
              "Sinhala",
              "si",
              "අමාත්‍යාංශය අද 2024 වසර සඳහා නව ව්‍යාපෘතියක් ප්‍රකාශ කළේය, එයට UNDP ද සහභාගී වේ.",
              "NotoSansSinhala-Regular.ttf"),
          new Sample(
              "Thai",
              "th",
              "กระทรวงการต่างประเทศประกาศโครงการใหม่มูลค่า 500 ล้านบาทร่วมกับบริษัท Toyota ในปี 2567",
              "NotoSansThai-Regular.ttf"));

  /** The sample of one script. */
  public static Sample sample(String name) {
    return SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The regular and bold Noto faces of every sample; fails in CI, skips locally, when
   * fonts-noto-core is not installed.
   */
  public static List<Path> fonts() {
    List<Path> fonts = new ArrayList<>();
    for (Sample sample : SAMPLES) {
      for (Path face : List.of(sample.regular(), sample.bold())) {
        if (!fonts.contains(face)) {
          fonts.add(face);
        }
      }
    }
    boolean present = fonts.stream().allMatch(Files::isRegularFile);
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(NOTO + " lacks the Noto faces; CI must install fonts-noto-core");
    }
    Assumptions.assumeTrue(present, "skipped: fonts-noto-core is not installed");
    return fonts;
  }
}
