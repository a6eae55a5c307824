package org.counterclaim.server;

/** A request the API refuses: the HTTP status and a one-line message for the caller. */
final class ApiError extends RuntimeException {

  private final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
