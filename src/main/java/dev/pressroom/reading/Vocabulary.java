package dev.pressroom.reading;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.reading.DateClaim.Label;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions of press releases, in English, German, French, Spanish and Chinese: banners, end
 * marks, contact heads, bylines, reference lines, date labels, share and print labels. Every reader
 * and pass asks here, so a convention is added in one place. Each method takes one stripped line or
 * block of text and matches it case-insensitively; none looks at position (the passes do).
 *
 * <table>
 *   <caption>What each test recognises</caption>
 *   <tr><td>{@link #isBanner}</td><td>{@code FOR IMMEDIATE RELEASE}, {@code Press release},
 *       {@code Embargoed until ...}, {@code Pressemitteilung}, {@code Communiqué de presse},
 *       {@code Comunicado de prensa}, {@code 新闻稿}</td></tr>
 *   <tr><td>{@link #isEndMark}</td><td>{@code ###}, {@code # # #}, {@code -END-}, {@code -30-},
 *       {@code -ENDE-}, {@code - FIN -}, {@code （完）}</td></tr>
 *   <tr><td>{@link #contactHead}</td><td>{@code Media contact:}, {@code Contact Hiber:}, {@code
 *       Further information:}, {@code Pressekontakt:}, {@code Contact presse :}, {@code Contacto
 *       de prensa:}, {@code 媒体联系人：}</td></tr>
 *   <tr><td>{@link #isByline}</td><td>{@code Prepared by ...}, {@code By Jane Doe}, {@code
 *       Verfasst von ...}, {@code Rédigé par ...}, {@code Redactado por ...}, {@code 记者 ...}</td></tr>
 *   <tr><td>{@link #isReference}</td><td>{@code D/Media/Out /892 /2025}, {@code Ref.: 12/2024},
 *       {@code Az.: ...}, {@code Réf. : ...}, {@code 文号：...}</td></tr>
 *   <tr><td>{@link #dateLabel}</td><td>{@code Published:}, {@code Veröffentlicht am},
 *       {@code Publié le}, {@code Publicado el}, {@code 发布时间：} (published);
 *       {@code Updated:}, {@code Aktualisiert am}, {@code Mis à jour le}, {@code Actualizado
 *       el}, {@code 更新时间：} (modified)</td></tr>
 *   <tr><td>{@link #isActionLabel}</td><td>{@code Print}, {@code Suggest to a friend}, {@code
 *       Seite drucken}, {@code Seite empfehlen}, {@code Imprimer}, {@code Imprimir}, {@code
 *       打印本页}, {@code 推荐给朋友}, also in brackets ({@code [Print]}, {@code 【打印本页】})</td></tr>
 * </table>
 */
public final class Vocabulary {
  private Vocabulary() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Banners are short; a longer line is text that mentions one. */
  public static final int MAX_BANNER = 120;

  private static final Pattern BANNER =
      Pattern.compile(
          "(?:for immediate (?:release|distribution)|immediate release"
              + "|for release\\b.*|embargoed(?: (?:until|till|to|for)\\b|:).*|under embargo\\b.*"
              + "|(?:joint )?(?:media|press|news)[ -]?(?:release|statement|advisory|alert|announcement)"
              + "|(?:gemeinsame )?(?:presse|medien)(?:mitteilung|meldung|information|erklärung)"
              + "|zur (?:sofortigen )?veröffentlichung|sperrfrist\\b.*"
              + "|communiqué(?: de presse| conjoint)?|pour (?:diffusion|publication) immédiate"
              + "|sous embargo\\b.*"
              + "|(?:comunicado|nota) de prensa|comunicado|para (?:publicación|difusión)"
              + " inmediata"
              + "|新闻稿|新闻公报|新闻通稿|通稿|新闻发布|即时发布|立即发布|プレスリリース)"
              + "\\s*[.:!：]?",
          FLAGS);

  private static final Pattern END_MARK =
      Pattern.compile(
          "#{3,}|(?:# ){2,}#|-+ ?(?:end|ends|30|###|ende|fin|fine) ?-+|[（(](?:完|全文完)[）)]", FLAGS);

  private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}&.'’\\-]*";

  private static final Pattern CONTACT =
      Pattern.compile(
          "(?:(?:(?:media|press|news|investor|pr) )?(?:contacts?|enquiries|inquiries)"
              + "|contacts? "
              + NAME
              + "(?: "
              + NAME
              + "){0,3}"
              + "|contact (?:information|details)"
              + "|(?:for )?(?:further|more) information(?:,? (?:please )?contact)?"
              + "|(?:presse|medien)?kontakte?|ansprechpartner(?:in)?|(?:für )?rückfragen(?: an)?"
              + "|weitere informationen"
              + "|contacts? (?:presse|médias?)|relations? (?:presse|médias)"
              + "|pour (?:plus d'|plus d’|tout complément d'|de plus amples )informations?"
              + "|renseignements"
              + "|contactos?(?: (?:de prensa|para (?:los )?medios))?|(?:para )?más información"
              + "|媒体联系人?|联系人|新闻联络人?|联系方式|媒体垂询|垂询)"
              + " ?[:：]"
              + "|(?:media|press) contacts?$|pressekontakt$|contact presse$|contacto de prensa$"
              + "|媒体联系人?$",
          FLAGS);

  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:prepared|written|issued|compiled) by\\s.+|by \\p{Lu}\\S*(?: \\S+){0,5}"
              + "|(?:verfasst|erstellt|herausgegeben) von\\s.+"
              + "|(?:rédigé|préparé|publié) par\\s.+|(?:redactado|elaborado|preparado) por\\s.+"
              + "|(?:记者|作者|撰稿|撰文|文|编辑|责任编辑)\\s*[:：/]?\\s*\\S.{0,30}",
          FLAGS);

  /** Bylines are one short line. */
  public static final int MAX_BYLINE = 120;

  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?:(?:our |unsere |notre |nuestra )?(?:ref(?:erence|erenz|erencia)?|réf(?:érence)?)"
              + "\\.?(?: ?n[o°º.]+)?|az\\.|aktenzeichen|gz\\.|geschäftszeichen|文号|编号)"
              + " ?[:：]? ?\\S.{0,60}"
              + "|(?=[^\\s/]*\\p{L})(?=.*\\d)[\\p{L}\\d.\\-]+(?: ?/ ?[\\p{L}\\d.\\-]+){2,}",
          FLAGS);

  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?:published|posted|released|date|issued|veröffentlicht(?: am)?|datum|erschienen(?:"
              + " am)?|publié le|date de publication|publicado(?: el)?|fecha(?: de"
              + " publicación)?|发布时间|发布日期|日期|时间|发表时间)(?: ?[:：]\\s*|\\s+(?=\\d))",
          FLAGS);

  private static final Pattern MODIFIED_LABEL =
      Pattern.compile(
          "(?:(?:last )?(?:updated|modified|revised)(?: on)?|(?:zuletzt )?aktualisiert(?: am)?"
              + "|stand|geändert am|mis à jour(?: le)?|dernière mise à jour"
              + "|actualizado(?: el)?|última actualización|modificado(?: el)?"
              + "|更新时间|更新日期|修改时间)(?: ?[:：]\\s*|\\s+(?=\\d))",
          FLAGS);

  /** Share and print labels are short. */
  public static final int MAX_ACTION = 40;

  /** Page widgets that are no footer action: back to top, close, tweet. */
  private static final Pattern ACTION =
      Pattern.compile(
          "[\\[【〔(（<]?\\s*(?:tweet|back to top|nach oben|seitenanfang|haut de page|volver arriba"
              + "|关闭|返回顶部)\\s*[\\]】〕)）>]?",
          FLAGS);

  /**
   * A page's footer actions, lower case: print, recommend, send, share and close, in the languages
   * press pages are found in. A footer action is also an {@link #isActionLabel action label}.
   */
  private static final java.util.Set<String> FOOTER_ACTIONS =
      java.util.Set.of(
          "share this article",
          "email",
          "e-mail",
          "imprimer cette page",
          "imprimir página",
          "imprimir esta página",
          "suggest this page to a friend",
          // print
          "print",
          "print this page",
          "print page",
          "print article",
          "print version",
          "printer friendly",
          "printer-friendly version",
          "printer friendly version",
          "printable version",
          "打印",
          "打印本页",
          "打印此页",
          "打印文章",
          "列印",
          "drucken",
          "seite drucken",
          "artikel drucken",
          "druckversion",
          "imprimer",
          "imprimer la page",
          "imprimir",
          "stampa",
          "печать",
          "распечатать",
          "версия для печати",
          "طباعة",
          // recommend, send, share
          "suggest to a friend",
          "suggest this to a friend",
          "send to a friend",
          "email to a friend",
          "e-mail to a friend",
          "email this page",
          "e-mail this page",
          "email this",
          "tell a friend",
          "recommend",
          "recommend this page",
          "share",
          "share this",
          "share this page",
          "推荐给朋友",
          "推荐",
          "分享",
          "分享到",
          "转发",
          "seite empfehlen",
          "empfehlen",
          "weiterempfehlen",
          "artikel empfehlen",
          "seite teilen",
          "teilen",
          "seite versenden",
          "artikel versenden",
          "envoyer à un ami",
          "partager",
          "recomendar",
          "compartir",
          "enviar a un amigo",
          // close
          "close window",
          "关闭窗口",
          "关闭本页",
          "fenster schließen",
          "fermer la fenêtre");

  /**
   * Whether a label (its brackets already removed) is one of a page's footer actions: {@code
   * Print}, {@code Seite drucken}, {@code 打印本页}, {@code Suggest to a friend}, case aside.
   */
  public static boolean isFooterAction(String label) {
    return label.length() <= MAX_ACTION
        && FOOTER_ACTIONS.contains(label.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a line is a banner such as {@code FOR IMMEDIATE RELEASE} or {@code 新闻稿}. */
  public static boolean isBanner(String text) {
    return text.length() <= MAX_BANNER && BANNER.matcher(text).matches();
  }

  /** Whether a line is an end mark: {@code ###}, {@code -END-}, {@code -30-}, {@code （完）}. */
  public static boolean isEndMark(String text) {
    return text.length() <= 24 && END_MARK.matcher(text).matches();
  }

  /**
   * Where the contact head the first line of a text opens with ends ({@code Media contact:}, {@code
   * Pressekontakt:}, {@code 媒体联系人：}), or {@code -1} when it opens with none.
   */
  public static int contactHead(String text) {
    int nl = text.indexOf('\n');
    Matcher m = CONTACT.matcher(nl < 0 ? text : text.substring(0, nl));
    return m.lookingAt() ? m.end() : -1;
  }

  private static final Pattern CONTACT_DETAIL =
      Pattern.compile(
          "(?:e-?mail|phone|tel(?:ephone)?|fax|mobile|cell|web(?:site)?|telefon|handy|téléphone"
              + "|portable|courriel|teléfono|móvil|correo(?: electrónico)?|电话|手机|传真|邮箱|电子邮件)"
              + "\\.? ?[:：].*"
              + "|\\S+@\\S+\\.\\S+|\\+?[\\d ()./-]{7,}",
          FLAGS);

  /**
   * Whether a line is a contact detail: a labelled address or number ({@code Email: ...}, {@code
   * Tel.: ...}, {@code 电话：...}), or only an e-mail address or a phone number.
   */
  public static boolean isContactDetail(String text) {
    return text.length() <= 120 && text.indexOf('\n') < 0 && CONTACT_DETAIL.matcher(text).matches();
  }

  /** Whether a text opens with a contact head. */
  public static boolean isContactHead(String text) {
    return contactHead(text) >= 0;
  }

  private static final Pattern ABOUT =
      Pattern.compile(
          "(?:about|über|à propos d(?:e |')|acerca de|sobre) [^:：.]{1,60}[:：]|关于[^:：。]{1,30}[:：]",
          FLAGS);

  /**
   * Whether a text opens with the head of an organisation's boilerplate that ends in a colon:
   * {@code About Hiber:}, {@code Über die Stiftung:}, {@code À propos de X :}, {@code 关于某某：}.
   */
  public static boolean isAboutHead(String text) {
    return ABOUT.matcher(text).lookingAt();
  }

  private static final Pattern ABOUT_HEADING =
      Pattern.compile(
          "(?:about|über|à propos d(?:e |')|acerca de|sobre) [^.!?:：]{1,60}[:：]?|关于[^:：。]{1,30}[:：]?",
          FLAGS);

  /**
   * Whether a whole short line is the heading of an organisation's boilerplate, with or without a
   * colon: {@code About SDSN}, {@code Über die Stiftung}, {@code 关于某某}.
   */
  public static boolean isAboutHeading(String text) {
    return ABOUT_HEADING.matcher(text).matches();
  }

  private static final Pattern TRAIL_LABEL =
      Pattern.compile(
          "(?:you are here|sie sind hier|vous êtes ici|usted está aquí|está (?:usted )?en"
              + "|当前位置|您的位置|您现在的位置)\s*[:：]?\s*",
          FLAGS);

  /**
   * Where a breadcrumb's label ends ({@code You are here:}, {@code Sie sind hier:}, {@code 当前位置：}),
   * or {@code 0} when the text opens with none.
   */
  public static int trailLabel(String text) {
    Matcher m = TRAIL_LABEL.matcher(text);
    return m.lookingAt() ? m.end() : 0;
  }

  /**
   * Whether a line standing alone is a convention the lenient reading takes out of the body: a
   * byline, a filing reference, a share or print label, or a date ({@link DateFinder}), perhaps
   * after a date label. Renderers that write such a line as body text mark it (the txt escape
   * rule), so their own files never lose it.
   */
  public static boolean isConventionLine(String text) {
    if (isByline(text) || isReference(text) || isActionLabel(text)) {
      return true;
    }
    DateLabel label = dateLabel(text);
    String rest = label == null ? text : text.substring(label.end());
    if (rest.length() > 80) {
      return false;
    }
    DateFinder.Found date = DateFinder.at(rest, 0);
    return date != null && date.end() == rest.length();
  }

  /** Whether a line is a byline: {@code Prepared by ...}, {@code By Jane Doe}, {@code 记者 ...}. */
  public static boolean isByline(String text) {
    return text.length() <= MAX_BYLINE
        && text.indexOf('\n') < 0
        && BYLINE.matcher(text).matches()
        && !text.endsWith(".");
  }

  /** Whether a line is a filing reference: {@code D/Media/Out /892 /2025}, {@code Ref.: 12/24}. */
  public static boolean isReference(String text) {
    return text.length() <= 80 && text.indexOf('\n') < 0 && REFERENCE.matcher(text).matches();
  }

  /**
   * A date label a line opens with ({@code Published:}, {@code Aktualisiert am}, {@code 更新时间：}):
   * what the date after it is said to be, and where it begins.
   *
   * @param label {@link Label#PUBLISHED} or {@link Label#MODIFIED}
   * @param end the index after the label and its colon
   */
  public record DateLabel(Label label, int end) {}

  /** The date label {@code text} opens with, or {@code null}. */
  public static DateLabel dateLabel(String text) {
    Matcher m = MODIFIED_LABEL.matcher(text);
    if (m.lookingAt()) {
      return new DateLabel(Label.MODIFIED, m.end());
    }
    m = PUBLISHED_LABEL.matcher(text);
    return m.lookingAt() ? new DateLabel(Label.PUBLISHED, m.end()) : null;
  }

  /**
   * Whether a line is a page's share or print label: {@code Print}, {@code Suggest to a friend},
   * {@code Seite drucken}, {@code 打印本页}, alone or in brackets.
   */
  public static boolean isActionLabel(String text) {
    return text.length() <= MAX_ACTION
        && (ACTION.matcher(text).matches() || isFooterAction(actionLabel(text)));
  }

  /** An action label without the brackets around it ({@code 【打印本页】} gives {@code 打印本页}). */
  public static String actionLabel(String text) {
    String label = text;
    while (!label.isEmpty() && "[【〔(（<".indexOf(label.charAt(0)) >= 0) {
      label = label.substring(1);
    }
    while (!label.isEmpty() && "]】〕)）>".indexOf(label.charAt(label.length() - 1)) >= 0) {
      label = label.substring(0, label.length() - 1);
    }
    return dev.pressroom.internal.Text.strip(label);
  }
}
