package org.counterclaim.app.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.TokenFile;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.read.JsonlReports;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.core.read.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim extract}: the claims, totals and actors of reports, as JSON (see
 * docs/json-format.md). Bad inputs are reported one line each on standard error; the others are
 * still extracted.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract source-attributed casualty claims from reports (.txt or .html) as JSON.",
      "With --jsonl, read JSON Lines ({\"id\",\"text\",\"published\"?,\"publisher\"?}) from the"
          + " FILEs or standard input and write one JSON object per line."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every input was extracted",
      "1:some inputs were bad (reported on standard error; in --jsonl mode as error records too)",
      "2:the command failed (usage error, or no input could be read)"
    })
public final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Report files (.txt, .html); with --jsonl, JSON Lines files ('-' or none: standard input).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "Read and write JSON Lines (batch mode).")
  boolean jsonl;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) of every report, overriding what the input says.")
  LocalDate published;

  @Option(names = "--publisher", paramLabel = "NAME",
      description = "The outlet that published the reports, overriding what the input says.")
  String publisher;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
      description = "Reject a report (or JSONL line) larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--server", paramLabel = "URL",
      description = "Have the server at URL extract (POST /api/extract; `serve` keeps its models"
          + " loaded) instead of loading the models here.")
  String server;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "With --server: a file whose first line is the server's token (a server"
          + " started with --token-file asks for it).")
  Path tokenFile;

  private final ObjectMapper json = Json.mapper();

  @Override
  public Integer call() {
    if (maxBytes <= 0) {
      throw new UserError("--max-bytes must be positive");
    }
    ReadOptions options = new ReadOptions(maxBytes, published, publisher);
    return jsonl ? jsonLines(options) : reportFiles(options);
  }

  /** What extracts the reports: the server of {@code --server}, else models loaded here. */
  private Function<Report, ReportExtraction> extractor() {
    if (server == null) {
      if (tokenFile != null) {
        throw new UserError("--token-file goes with --server");
      }
      return extractorOptions.load(spec)::extract;
    }
    return new RemoteExtraction(server, tokenFile == null ? null : TokenFile.read(tokenFile))
        ::extract;
  }

  private int reportFiles(ReadOptions options) {
    if (files.isEmpty()) {
      throw new UserError("no input: give report files, or --jsonl to read JSON Lines from standard input");
    }
    ReportFiles reader = new ReportFiles(new HtmlCleaner(extractorOptions.vocabulary()));
    List<ReadResult.Ok> reports = new ArrayList<>();
    int problems = 0;
    for (Path file : files) {
      ReadResult r = reader.read(file, options);
      if (r instanceof ReadResult.Ok ok) {
        reports.add(ok);
      } else if (r instanceof ReadResult.Problem p) {
        problem(p);
        problems++;
      }
    }
    if (reports.isEmpty()) {
      return ExitCodes.FAILED;
    }
    Function<Report, ReportExtraction> extractor = extractor();
    List<ReportExtraction> extractions = new ArrayList<>();
    for (ReadResult.Ok ok : reports) {
      extractions.add(extractor.apply(ok.report()));
    }
    ObjectWriter pretty = json.writerWithDefaultPrettyPrinter();
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(pretty.writeValueAsString(files.size() == 1 ? extractions.get(0) : extractions));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    return problems == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  private int jsonLines(ReadOptions options) {
    List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
    for (Path p : inputs) {
      if (!p.toString().equals("-") && !Files.isRegularFile(p)) {
        throw new UserError(p + ": " + (Files.isDirectory(p) ? "is a directory" : "no such file"));
      }
    }
    Function<Report, ReportExtraction> extractor = extractor();
    PrintWriter out = spec.commandLine().getOut();
    ObjectWriter compact = json.writer();
    int done = 0;
    int problems = 0;
    for (Path p : inputs) {
      try (BufferedReader in = open(p)) {
        Iterator<ReadResult> results = new JsonlReports().read(in, options);
        while (results.hasNext()) {
          ReadResult r = results.next();
          if (r instanceof ReadResult.Ok ok) {
            out.println(compact.writeValueAsString(extractor.apply(ok.report())));
            done++;
          } else if (r instanceof ReadResult.Problem bad) {
            ObjectNode error = json.createObjectNode().put("id", bad.input()).put("error", bad.reason());
            out.println(compact.writeValueAsString(error));
            problem(new ReadResult.Problem(label(p) + ": " + bad.input(), bad.reason()));
            problems++;
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UserError(label(p) + ": cannot read: " + e.getMessage(), e);
      }
    }
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.printf("%s: %d reports extracted, %d bad lines%n", spec.qualifiedName(), done, problems);
    err.flush();
    return problems == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
  }

  /** Opens a JSON Lines input: a file, or standard input for "-". */
  private static BufferedReader open(Path p) throws IOException {
    return JsonlReports.open(p.toString().equals("-") ? System.in : Files.newInputStream(p));
  }

  private static String label(Path p) {
    return p.toString().equals("-") ? "standard input" : p.toString();
  }

  private void problem(ReadResult.Problem p) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.qualifiedName() + ": " + p.input() + ": " + p.reason());
    err.flush();
  }
}
