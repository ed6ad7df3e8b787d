package io.propgov.governance.workorder;

import io.propgov.governance.internal.Keyed;
import java.util.List;
import java.util.Optional;

/**
 * The categories of work orders a policy defines, each with its deadlines.
 *
 * @param categories the categories, codes unique, at least one, never null
 * @since 0.3.0
 */
public record OrderCategories(List<OrderCategory> categories) {

  /** Checks that there is a category and that codes are unique. */
  public OrderCategories {
    categories = Keyed.uniqueNonEmpty(categories, OrderCategory::code, "work orders need at least one category",
        "category code '%s' appears twice");
  }

  /** Returns a category by code. @param code a code @return the category, empty when unknown */
  public Optional<OrderCategory> category(String code) {
    return Keyed.find(categories, OrderCategory::code, code);
  }

  /** Returns the codes, in the order given. @return the codes */
  public List<String> codes() {
    return categories.stream().map(OrderCategory::code).toList();
  }
}
