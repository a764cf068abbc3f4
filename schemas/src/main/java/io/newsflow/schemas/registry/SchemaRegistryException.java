package io.newsflow.schemas.registry;

/** The registry refused a request or could not be reached; carries Confluent's error code. */
public class SchemaRegistryException extends RuntimeException {
  private final int status;
  private final int errorCode;

  public SchemaRegistryException(int status, int errorCode, String message) {
    super(message + " (HTTP " + status + ", error_code " + errorCode + ")");
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
    this.errorCode = -1;
  }

  /** HTTP status, or -1 when the registry could not be reached. */
  public int status() {
    return status;
  }

  /** Confluent error code such as 40401 (subject not found) or 409 (incompatible); -1 when unknown. */
  public int errorCode() {
    return errorCode;
  }
}
