package io.propgov.governance.policy;

/**
 * A parameter value that a lower policy level extends rather than replaces: a list of
 * definitions (arrears actions, credit consequences, service modes) to which a city adds its own.
 * When a level sets such a value, the layered policy holds this level's value laid over the value
 * the level above has in force on the same date: the inherited definitions stay, in their order,
 * one of the same id is replaced where it stands, and new ones follow.
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
}
