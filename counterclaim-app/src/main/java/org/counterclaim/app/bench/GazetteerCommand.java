package org.counterclaim.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim bench gazetteer}: how long the gazetteer takes to load and how much heap it
 * keeps, the first time in this JVM and on later loads.
 */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Measure the gazetteer's load time and retained heap.")
public final class GazetteerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Also load this GeoNames dump, as extract --gazetteer does.")
  Path dump;

  @Option(names = "--repeat", defaultValue = "3", paramLabel = "N",
      description = "Loads to time (default: ${DEFAULT-VALUE}); the first is the cold one.")
  int repeat;

  @Override
  public Integer call() {
    if (dump != null && !Files.isRegularFile(dump)) {
      throw new UserError(dump + ": no such gazetteer file");
    }
    if (repeat < 1) {
      throw new UserError("--repeat must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Gazetteer kept = null;
    for (int i = 0; i < repeat; i++) {
      kept = null;
      long before = usedHeap();
      long t0 = System.nanoTime();
      try {
        kept = dump == null ? Gazetteer.shipped() : Gazetteer.withDump(dump);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), e);
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      long after = usedHeap();
      out.printf("load %d%s: %.0f ms, %d entries, %d names, heap retained %.0f MB%n", i + 1,
          i == 0 ? " (cold)" : "", ms, kept.size(), kept.keys(), (after - before) / 1e6);
    }
    out.flush();
    return kept == null ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /** Heap in use after a full collection. */
  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
