package org.counterclaim.app.serve;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.server.CounterclaimServer;
import org.counterclaim.server.IntakeWords;
import org.counterclaim.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code counterclaim serve --db …}: serves a ledger's API and web page until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve a ledger: the REST API, its OpenAPI document and the web page.")
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin ServerOptions serverOptions;

  @Mixin ExtractorOptions extractorOptions;

  @Override
  public Integer call() {
    ServerConfig config = serverOptions.config(ledgerOptions.existing());
    IntakeWords words = new IntakeWords(extractorOptions.vocabulary(), extractorOptions.registry());
    serve(spec, config, () -> extractorOptions.load(spec), words, ledgerOptions.shown());
    return ExitCodes.OK;
  }

  /**
   * Serves {@code config} until the process is stopped, saying where; posted reports are
   * extracted with {@code extractor} and cleaned and grouped with {@code words}.
   */
  public static void serve(CommandSpec spec, ServerConfig config,
      java.util.function.Supplier<org.counterclaim.core.extract.Extractor> extractor,
      IntakeWords words, String shown) {
    CounterclaimServer server;
    try {
      server = CounterclaimServer.start(config, extractor, words);
    } catch (RuntimeException e) {
      throw new UserError("cannot listen on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    PrintWriter out = spec.commandLine().getOut();
    String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
    out.printf("serving %s at http://%s:%d/ (%s); stop with Ctrl-C%n", shown, host,
        server.port(), config.token() == null ? "read-only"
            : "reports may be posted with the token");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.close();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
