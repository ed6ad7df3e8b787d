package io.propgov.governance.vote;

/**
 * A matter the owners decide jointly (Civil Code art. 278, items 1 to 9).
 *
 * @since 0.1.0
 */
public enum Matter {
  /** Item 1: making or amending the rules of procedure of the owners' assembly. */
  AMEND_ASSEMBLY_RULES,
  /** Item 2: making or amending the management rules of the building. */
  AMEND_MANAGEMENT_RULES,
  /** Item 3: electing or replacing the owners' committee or its members. */
  ELECT_COMMITTEE,
  /** Item 4: hiring a property company or other manager. */
  HIRE_COMPANY,
  /** Item 4: dismissing a property company or other manager. */
  DISMISS_COMPANY,
  /**
   * Item 5: using the building's maintenance fund; an ordinary matter from 2021, a special one
   * before (Property Law art. 76 item 5: raising and using the fund).
   */
  USE_MAINTENANCE_FUND,
  /** Item 6: raising the building's maintenance fund. */
  RAISE_MAINTENANCE_FUND,
  /** Item 7: rebuilding or reconstructing the building and its facilities. */
  REBUILD,
  /** Item 8: changing the use of common parts or using them for business. */
  CHANGE_COMMON_PART_USE,
  /** Item 9: any other major matter. */
  OTHER
}
