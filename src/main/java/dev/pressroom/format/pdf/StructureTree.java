package dev.pressroom.format.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;

/**
 * The tagged structure being built while pages are written: elements, their marked-content
 * references and link annotations, turned into a {@code StructTreeRoot} with its {@code ParentTree}
 * at the end.
 */
final class StructureTree {
  /** Custom roles and the standard ones they stand for. */
  static final Map<String, String> ROLE_MAP =
      Map.of("Breadcrumb", "P", "Timestamp", "P", "Actions", "Div", "Action", "P");

  /** One structure element. */
  static final class Tag {
    final String role;
    final Tag parent;
    final List<Object> kids = new ArrayList<>();
    String actualText;
    int page = -1; // the page of its first marked content
    COSDictionary cos;

    private Tag(String role, Tag parent) {
      this.role = role;
      this.parent = parent;
    }
  }

  private record Mcr(int page, int mcid) {}

  private record Objr(int page, COSDictionary annotation) {}

  final Tag document = new Tag("Document", null);
  private final List<List<Tag>> marked = new ArrayList<>();
  private final List<Tag> annotated = new ArrayList<>();
  private final List<COSDictionary> annotations = new ArrayList<>();

  /** A new element, the last child of {@code parent}. */
  Tag add(String role, Tag parent) {
    Tag tag = new Tag(role, parent);
    parent.kids.add(tag);
    return tag;
  }

  /** Allocates the next MCID on {@code page} for {@code tag}. */
  int mark(Tag tag, int page) {
    while (marked.size() <= page) {
      marked.add(new ArrayList<>());
    }
    List<Tag> onPage = marked.get(page);
    onPage.add(tag);
    if (tag.page < 0) {
      tag.page = page;
    }
    tag.kids.add(new Mcr(page, onPage.size() - 1));
    return onPage.size() - 1;
  }

  /** Records a link annotation of {@code tag}; its /StructParent is set in {@link #build}. */
  void annotate(Tag tag, int page, COSDictionary annotation) {
    tag.kids.add(new Objr(page, annotation));
    annotated.add(tag);
    annotations.add(annotation);
  }

  /**
   * The {@code StructTreeRoot}; sets {@code /StructParents} on the pages and {@code /StructParent}
   * on the annotations.
   */
  COSDictionary build(List<COSDictionary> pages) {
    COSDictionary root = new COSDictionary();
    root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
    create(document, root);
    root.setItem(COSName.K, document.cos);
    COSDictionary roles = new COSDictionary();
    ROLE_MAP.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> roles.setItem(e.getKey(), COSName.getPDFName(e.getValue())));
    roles.setDirect(true);
    root.setItem(COSName.getPDFName("RoleMap"), roles);
    fill(document, pages);

    COSArray nums = new COSArray();
    for (int p = 0; p < pages.size(); p++) {
      pages.get(p).setInt(COSName.STRUCT_PARENTS, p);
      COSArray parents = new COSArray();
      if (p < marked.size()) {
        for (Tag tag : marked.get(p)) {
          parents.add(tag.cos);
        }
      }
      nums.add(COSInteger.get(p));
      nums.add(parents);
    }
    for (int a = 0; a < annotations.size(); a++) {
      int key = pages.size() + a;
      annotations.get(a).setInt(COSName.STRUCT_PARENT, key);
      nums.add(COSInteger.get(key));
      nums.add(annotated.get(a).cos);
    }
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    root.setItem(COSName.PARENT_TREE, parentTree);
    root.setInt(COSName.PARENT_TREE_NEXT_KEY, pages.size() + annotations.size());
    return root;
  }

  private static void create(Tag tag, COSDictionary parent) {
    tag.cos = new COSDictionary();
    tag.cos.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
    tag.cos.setItem(COSName.S, COSName.getPDFName(tag.role));
    tag.cos.setItem(COSName.P, parent);
    for (Object kid : tag.kids) {
      if (kid instanceof Tag child) {
        create(child, tag.cos);
      }
    }
  }

  private static void fill(Tag tag, List<COSDictionary> pages) {
    if (tag.page >= 0) {
      tag.cos.setItem(COSName.PG, pages.get(tag.page));
    }
    if (tag.actualText != null) {
      tag.cos.setItem(COSName.ACTUAL_TEXT, new COSString(tag.actualText));
    }
    COSArray kids = new COSArray();
    for (Object kid : tag.kids) {
      if (kid instanceof Tag child) {
        fill(child, pages);
        kids.add(child.cos);
      } else if (kid instanceof Mcr mcr && mcr.page == tag.page) {
        kids.add(COSInteger.get(mcr.mcid));
      } else if (kid instanceof Mcr mcr) {
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
        ref.setItem(COSName.PG, pages.get(mcr.page));
        ref.setInt(COSName.MCID, mcr.mcid);
        ref.setDirect(true);
        kids.add(ref);
      } else if (kid instanceof Objr objr) {
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        ref.setItem(COSName.PG, pages.get(objr.page));
        ref.setItem(COSName.OBJ, objr.annotation);
        ref.setDirect(true);
        kids.add(ref);
      }
    }
    tag.cos.setItem(COSName.K, kids.size() == 1 ? kids.get(0) : kids);
  }
}
