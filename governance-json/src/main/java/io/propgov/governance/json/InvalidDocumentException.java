package io.propgov.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.propgov.governance.error.InputError;
import io.propgov.governance.error.InvalidInputException;
import java.util.List;

/**
 * A document read through {@link GovernanceModule} is not legal: the Jackson exception a host's
 * {@code ObjectMapper} throws, carrying every error the adapter found, each with its JSON Pointer
 * (relative to the value read), code and message. Its cause is the adapter's own exception
 * ({@link io.propgov.governance.error.InvalidFactsException} or
 * {@link io.propgov.governance.error.InvalidPolicyException}).
 *
 * @since 0.2.0
 */
public final class InvalidDocumentException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final transient List<InputError> errors;

  InvalidDocumentException(JsonParser parser, InvalidInputException cause) {
    super(parser, cause.getMessage(), cause);
    this.errors = List.copyOf(cause.errors());
  }

  InvalidDocumentException(JsonParser parser, String message) {
    super(parser, message);
    this.errors = List.of(new InputError("", "syntax", message));
  }

  /**
   * Returns every error found, in the order of the document.
   *
   * @return the errors, at least one, never null
   */
  public List<InputError> errors() {
    return errors;
  }
}
