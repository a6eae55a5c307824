package org.counterclaim.app.bench;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The corpus a benchmark runs on, shared by the benchmarks that read reports. */
public final class CorpusOptions {

  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A folder of .txt reports, a .jsonl file (\"text\") or a .csv (\"summary\").")
  Path input;

  @Option(names = "--limit", defaultValue = "2147483647", paramLabel = "N",
      description = "Use at most N reports.")
  int limit;

  /** The corpus's texts, {@code repeat} times over, at most the limit. */
  List<String> texts(int repeat) {
    return Corpus.load(input, repeat, limit);
  }

  /** Where the corpus comes from, for the report line. */
  Path input() {
    return input;
  }
}
