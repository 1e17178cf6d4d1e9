package dev.pressroom.format.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tagged structure being built while pages are written: elements, their marked-content
 * references and link annotations, turned into a {@code StructTreeRoot} with its {@code ParentTree}
 * at the end.
 */
final class StructureTree {
  /** Custom roles and the standard ones they stand for. */
  static final Map<String, String> ROLE_MAP =
      Map.ofEntries(
          Map.entry("Breadcrumb", "P"),
          Map.entry("Timestamp", "P"),
          Map.entry("Actions", "Div"),
          Map.entry("Action", "P"),
          Map.entry("Subtitle", "P"),
          Map.entry("MoreAt", "P"),
          Map.entry("Em", "Span"),
          Map.entry("Strong", "Span"),
          Map.entry("Attribution", "P"),
          Map.entry("SectionHead", "H2"),
          Map.entry("Contacts", "Sect"),
          Map.entry("Contact", "Div"),
          Map.entry("ContactName", "P"),
          Map.entry("ContactRole", "P"),
          Map.entry("ContactOrganization", "P"),
          Map.entry("ContactEmail", "P"),
          Map.entry("ContactPhone", "P"),
          Map.entry("ContactUrl", "P"),
          Map.entry("Boilerplate", "Sect"));

  /** The custom roles every file maps, used or not (the version-1 structure). */
  private static final List<String> ALWAYS_MAPPED =
      List.of("Action", "Actions", "Breadcrumb", "Timestamp");

  /**
   * One structure element, or a slot for content directly inside its parent ({@code role} null):
   * the slot keeps the parent's marked content in order among the parent's child elements.
   */
  static final class Tag {
    String role;
    final Tag parent;
    final List<Object> kids = new ArrayList<>();
    String actualText;
    String alt; // alternate text (a figure), or null
    String attributes; // a dictionary written as /A, or null
    int page = -1; // the page of its first marked content
    int number; // its object number, once written

    private Tag(String role, Tag parent) {
      this.role = role;
      this.parent = parent;
    }
  }

  private record Mcr(int page, int mcid) {}

  private record Objr(int page, int annotation) {}

  final Tag document = new Tag("Document", null);
  private final List<List<Tag>> marked = new ArrayList<>();
  private final List<Tag> annotated = new ArrayList<>();

  /** A new element, the last child of {@code parent}. */
  Tag add(String role, Tag parent) {
    Tag tag = new Tag(role, parent);
    parent.kids.add(tag);
    return tag;
  }

  /** A new element, the first child of {@code parent}. */
  Tag addFirst(String role, Tag parent) {
    Tag tag = new Tag(role, parent);
    parent.kids.add(0, tag);
    return tag;
  }

  /** A slot for content directly in {@code parent}, after its kids so far. */
  Tag content(Tag parent) {
    return add(null, parent);
  }

  /** The element whose content this is: itself, or a slot's parent element. */
  static Tag owner(Tag tag) {
    Tag at = tag;
    while (at.role == null) {
      at = at.parent;
    }
    return at;
  }

  /** Allocates the next MCID on {@code page} for {@code tag}. */
  int mark(Tag tag, int page) {
    while (marked.size() <= page) {
      marked.add(new ArrayList<>());
    }
    List<Tag> onPage = marked.get(page);
    Tag owner = owner(tag);
    onPage.add(owner);
    if (owner.page < 0) {
      owner.page = page;
    }
    tag.kids.add(new Mcr(page, onPage.size() - 1));
    return onPage.size() - 1;
  }

  /**
   * Records link annotation object {@code annotation} of {@code tag}; returns the annotation's
   * {@code /StructParent} key, given that every page has one key before it.
   */
  int annotate(Tag tag, int page, int annotation, int pageCount) {
    tag.kids.add(new Objr(page, annotation));
    annotated.add(tag);
    return pageCount + annotated.size() - 1;
  }

  /**
   * Writes the elements into {@code pdf} and returns the number of the {@code StructTreeRoot}. Page
   * {@code p} (object {@code pages[p]}) has {@code /StructParents p}; annotations have the keys
   * {@link #annotate} returned.
   */
  int write(PdfFile pdf, int[] pages) {
    int root = pdf.reserve();
    number(document, pdf);
    write(document, root, pdf, pages);
    StringBuilder nums = new StringBuilder(64 + pages.length * 32);
    for (int p = 0; p < pages.length; p++) {
      nums.append(p == 0 ? "" : " ").append(p).append('[');
      if (p < marked.size()) {
        List<Tag> onPage = marked.get(p);
        for (int i = 0; i < onPage.size(); i++) {
          nums.append(i == 0 ? "" : " ").append(PdfSyntax.ref(onPage.get(i).number));
        }
      }
      nums.append(']');
    }
    for (int a = 0; a < annotated.size(); a++) {
      nums.append(' ')
          .append(pages.length + a)
          .append(' ')
          .append(PdfSyntax.ref(annotated.get(a).number));
    }
    java.util.SortedSet<String> used = new java.util.TreeSet<>(ALWAYS_MAPPED);
    roles(document, used);
    StringBuilder roles = new StringBuilder(96);
    for (String role : used) {
      roles.append(PdfSyntax.name(role)).append(PdfSyntax.name(ROLE_MAP.get(role)));
    }
    pdf.put(
        root,
        "<</Type/StructTreeRoot/K "
            + PdfSyntax.ref(document.number)
            + "/RoleMap<<"
            + roles
            + ">>/ParentTree<</Nums["
            + nums
            + "]>>/ParentTreeNextKey "
            + (pages.length + annotated.size())
            + ">>");
    return root;
  }

  private static void roles(Tag tag, java.util.Set<String> used) {
    if (tag.role != null && ROLE_MAP.containsKey(tag.role)) {
      used.add(tag.role);
    }
    for (Object kid : tag.kids) {
      if (kid instanceof Tag child) {
        roles(child, used);
      }
    }
  }

  private static void number(Tag tag, PdfFile pdf) {
    if (tag.role == null) {
      tag.number = owner(tag).number;
    } else {
      tag.number = pdf.reserve();
    }
    for (Object kid : tag.kids) {
      if (kid instanceof Tag child) {
        number(child, pdf);
      }
    }
  }

  private static void write(Tag tag, int parent, PdfFile pdf, int[] pages) {
    StringBuilder dict = new StringBuilder(128);
    dict.append("<</Type/StructElem/S")
        .append(PdfSyntax.name(tag.role))
        .append("/P ")
        .append(PdfSyntax.ref(parent));
    if (tag.page >= 0) {
      dict.append("/Pg ").append(PdfSyntax.ref(pages[tag.page]));
    }
    if (tag.attributes != null) {
      dict.append("/A").append(tag.attributes);
    }
    if (tag.alt != null) {
      dict.append("/Alt").append(PdfSyntax.text(tag.alt));
    }
    if (tag.actualText != null) {
      dict.append("/ActualText").append(PdfSyntax.text(tag.actualText));
    }
    List<String> kids = new ArrayList<>(tag.kids.size());
    kids(tag, tag, pdf, pages, kids);
    dict.append("/K")
        .append(kids.size() == 1 ? " " + kids.get(0) : "[" + String.join(" ", kids) + "]");
    pdf.put(tag.number, dict.append(">>"));
  }

  /** The /K entries of {@code owner} from the kids of {@code tag} (itself or one of its slots). */
  private static void kids(Tag tag, Tag owner, PdfFile pdf, int[] pages, List<String> kids) {
    for (Object kid : tag.kids) {
      if (kid instanceof Tag slot && slot.role == null) {
        kids(slot, owner, pdf, pages, kids);
      } else if (kid instanceof Tag child) {
        write(child, owner.number, pdf, pages);
        kids.add(PdfSyntax.ref(child.number));
      } else if (kid instanceof Mcr mcr && mcr.page == owner.page) {
        kids.add(Integer.toString(mcr.mcid));
      } else if (kid instanceof Mcr mcr) {
        kids.add("<</Type/MCR/Pg " + PdfSyntax.ref(pages[mcr.page]) + "/MCID " + mcr.mcid + ">>");
      } else if (kid instanceof Objr objr) {
        kids.add(
            "<</Type/OBJR/Pg "
                + PdfSyntax.ref(pages[objr.page])
                + "/Obj "
                + PdfSyntax.ref(objr.annotation)
                + ">>");
      }
    }
  }
}
