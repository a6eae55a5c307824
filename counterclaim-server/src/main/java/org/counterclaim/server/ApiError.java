package org.counterclaim.server;

/**
 * A request the API refuses: the HTTP status and a one-line message for the caller, and whether
 * the same request may succeed if sent again in a moment (answered with {@code Retry-After}).
 */
final class ApiError extends RuntimeException {

  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  ApiError(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** A request that may succeed when sent again: 503 Service Unavailable. */
  static ApiError retry(String message) {
    return new ApiError(503, message);
  }

  int status() {
    return status;
  }

  /** Whether the caller may send the same request again (and is told when). */
  boolean retryable() {
    return status == 503;
  }
}
