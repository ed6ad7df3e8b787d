package io.propgov.governance.policy;

/**
 * A parameter value that a lower policy level extends rather than replaces: a list of
 * definitions (arrears actions, credit consequences, service modes) to which a city adds its own,
 * or a work calendar to which it adds a year or its own festivals. When a level sets such a
 * value, the layered policy holds this level's value laid over the value the level above has in
 * force on the same date; for a list of definitions the inherited definitions stay, in their
 * order, one of the same id is replaced where it stands, and new ones follow.
 *
 * @param <T> the type of the value, the class implementing this interface
 * @since 0.2.0
 */
public interface Extensible<T> {

  /**
   * Returns this value laid over an inherited one.
   *
   * @param inherited the value the level above has in force on this value's date, not null
   * @return the combined value, never null
   */
  T over(T inherited);

  /**
   * Returns the source of the combined value: by default this level's own, which names what it
   * adds; a value whose inherited part needs its own citation (a calendar's earlier years) joins
   * both.
   *
   * @param own the source this level gives the value, not null
   * @param inherited the source of the inherited value, not null
   * @return the source of the combined value, never null
   * @since 0.3.0
   */
  default Citation source(Citation own, Citation inherited) {
    return own;
  }
}
