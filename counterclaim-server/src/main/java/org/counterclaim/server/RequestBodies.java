package org.counterclaim.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads request bodies as they arrive, without holding a server thread while a client sends: a
 * body of any transfer encoding (a declared length or chunks) is cut off at the size limit with
 * 413; at most so many bodies are being read at once (more get 503, to be sent again); and a body
 * that arrives slower than the minimum rate on average, counted from {@value #GRACE_MS} ms after
 * its reading began, is cut off with 408. (A client that stalls altogether is also ended by the
 * connector's idle timeout.)
 */
final class RequestBodies implements AutoCloseable {

  /** How long a body may take before its rate is checked, in ms. */
  static final long GRACE_MS = 2_000;

  private final long maxBytes;
  private final long minRate;
  private final Semaphore arriving;
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "counterclaim-body-rate");
    t.setDaemon(true);
    return t;
  });

  /**
   * Bodies of at most {@code maxBytes}, {@code atOnce} at a time, arriving at {@code minRate}
   * bytes a second or faster (0: any rate).
   */
  RequestBodies(long maxBytes, int atOnce, long minRate) {
    this.maxBytes = maxBytes;
    this.minRate = minRate;
    this.arriving = new Semaphore(atOnce);
  }

  /**
   * The body of {@code request}, once all of it has arrived. The request must be asynchronous
   * already (inside a Javalin future).
   */
  CompletableFuture<byte[]> read(HttpServletRequest request) {
    if (request.getContentLengthLong() > maxBytes) {
      return CompletableFuture.failedFuture(tooLarge());
    }
    if (!arriving.tryAcquire()) {
      return CompletableFuture.failedFuture(ApiError.retry("too many reports are arriving at"
          + " once; send it again in a moment"));
    }
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    body.whenComplete((b, e) -> arriving.release());
    try {
      ServletInputStream in = request.getInputStream();
      Listener listener = new Listener(in, body);
      if (minRate > 0) {
        ScheduledFuture<?> check = clock.scheduleAtFixedRate(listener::checkRate, GRACE_MS,
            GRACE_MS / 4, TimeUnit.MILLISECONDS);
        body.whenComplete((b, e) -> check.cancel(false));
      }
      in.setReadListener(listener);
    } catch (IOException | RuntimeException e) {
      body.completeExceptionally(new ApiError(400, "cannot read the request: " + e.getMessage()));
    }
    return body;
  }

  private ApiError tooLarge() {
    return new ApiError(413, "the request is larger than " + maxBytes + " bytes");
  }

  /** Stops checking the rates of bodies still arriving. */
  @Override
  public void close() {
    clock.shutdownNow();
  }

  /** Gathers the bytes as the container says they are ready. */
  private final class Listener implements ReadListener {
    private final ServletInputStream in;
    private final CompletableFuture<byte[]> body;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[16 * 1024];
    private final AtomicLong received = new AtomicLong();
    private final long started = System.nanoTime();

    Listener(ServletInputStream in, CompletableFuture<byte[]> body) {
      this.in = in;
      this.body = body;
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!body.isDone() && in.isReady()) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        if (bytes.size() + (long) n > maxBytes) {
          body.completeExceptionally(tooLarge());
          return;
        }
        bytes.write(buffer, 0, n);
        received.addAndGet(n);
      }
    }

    @Override
    public void onAllDataRead() {
      body.complete(bytes.toByteArray());
    }

    @Override
    public void onError(Throwable t) {
      body.completeExceptionally(new ApiError(408, "the request body did not arrive ("
          + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()) + ")", t));
    }

    /** Fails the body when it has come slower than the minimum rate since its reading began. */
    void checkRate() {
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      if (received.get() * 1000 < minRate * ms) {
        body.completeExceptionally(new ApiError(408, "the request body arrived slower than "
            + minRate + " bytes a second"));
      }
    }
  }
}
