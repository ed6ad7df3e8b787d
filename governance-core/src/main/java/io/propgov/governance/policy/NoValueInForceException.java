package io.propgov.governance.policy;

import java.time.LocalDate;

/**
 * Thrown when a parameter is read on a date before its first value comes into force: the
 * policy says nothing for that date, and no default is silently assumed.
 *
 * @since 0.1.0
 */
public final class NoValueInForceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final LocalDate date;
  private final LocalDate firstEffective;

  /**
   * Creates the exception.
   *
   * @param parameter the parameter id
   * @param date the date asked for
   * @param firstEffective the date its first value comes into force
   */
  public NoValueInForceException(String parameter, LocalDate date, LocalDate firstEffective) {
    super("parameter " + parameter + " has no value in force on " + date
        + "; its first value takes effect on " + firstEffective);
    this.parameter = parameter;
    this.date = date;
    this.firstEffective = firstEffective;
  }

  /** Returns the parameter id. @return the id */
  public String parameter() {
    return parameter;
  }

  /** Returns the date asked for. @return the date */
  public LocalDate date() {
    return date;
  }

  /** Returns the date the parameter's first value comes into force. @return the date */
  public LocalDate firstEffective() {
    return firstEffective;
  }
}
