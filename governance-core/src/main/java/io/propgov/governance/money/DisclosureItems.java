package io.propgov.governance.money;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The items a company must disclose (Civil Code art. 943's list as the national default, with a
 * city's additions), in the policy's order.
 *
 * @param items the items, at least one, ids unique, never null
 * @since 0.3.0
 */
public record DisclosureItems(List<DisclosureItem> items) {

  /** Checks that there is at least one item and no id twice. */
  public DisclosureItems {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("the disclosure items need at least one item");
    }
    Set<String> ids = new HashSet<>();
    for (DisclosureItem item : items) {
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("disclosure item id '" + item.id() + "' appears more than once");
      }
    }
  }

  /**
   * Returns the item of an id.
   *
   * @param id the id, not null
   * @return the item, empty when the policy defines none of that id
   */
  public Optional<DisclosureItem> find(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns the ids, for error messages.
   *
   * @return the ids in order, never null
   */
  public List<String> ids() {
    return items.stream().map(DisclosureItem::id).toList();
  }
}
