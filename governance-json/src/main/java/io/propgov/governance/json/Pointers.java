package io.propgov.governance.json;

/** Builds JSON Pointers (RFC 6901). */
final class Pointers {

  private Pointers() {}

  /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String token(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of a member of the object at {@code parent}. */
  static String child(String parent, String name) {
    return parent + "/" + token(name);
  }

  /** The pointer of an element of the array at {@code parent}. */
  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer of the parent, or null for the document itself. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? null : pointer.substring(0, slash);
  }

  /** Whether {@code pointer} is {@code ancestor} itself or lies below it. */
  static boolean isWithin(String pointer, String ancestor) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
  }
}
