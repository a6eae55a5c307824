package org.counterclaim.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's settings from its arguments: the input files or globs ({@code --input}, repeatable
 * or comma-separated), the output folder ({@code --output}), how many partitions to read the
 * files into ({@code --partitions}), an outlet homes file on the driver ({@code --outlet-homes},
 * null when none) and, outside spark-submit, the master ({@code --master}).
 */
public record JobConfig(List<String> inputs, String output, int partitions, String outletHomes,
    String master) {

  static final String USAGE = "usage: ExtractJob --input PATH|GLOB[,…] --output DIR"
      + " [--partitions N] [--outlet-homes FILE] [--master local[N]]";

  public JobConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--input is required");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("--output is required");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("--partitions must be positive");
    }
  }

  /** The settings {@code args} give. */
  public static JobConfig parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    String outletHomes = null;
    int partitions = 8;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--input" -> {
          for (String p : need(args[i], value).split(",")) {
            if (!p.isBlank()) {
              inputs.add(p.strip());
            }
          }
          i++;
        }
        case "--output" -> {
          output = need(args[i], value);
          i++;
        }
        case "--outlet-homes" -> {
          outletHomes = need(args[i], value);
          i++;
        }
        case "--master" -> {
          master = need(args[i], value);
          i++;
        }
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(need(args[i], value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a number, not '" + value + "'");
          }
          i++;
        }
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    return new JobConfig(inputs, output, partitions, outletHomes, master);
  }

  private static String need(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
