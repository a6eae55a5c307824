package org.counterclaim.app.bench;

import picocli.CommandLine.Command;

/** {@code counterclaim bench}: performance measurements (not tests; see BENCHMARKS.md). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure performance.",
    subcommands = {ThroughputCommand.class, GazetteerCommand.class, IngestBenchCommand.class,
        ApiBenchCommand.class})
public final class BenchCommand {}
