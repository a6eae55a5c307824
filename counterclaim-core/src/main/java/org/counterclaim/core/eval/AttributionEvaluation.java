package org.counterclaim.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.counterclaim.core.quote.Quote;

/**
 * Compares extracted quotes with attribution gold data (PolNeAR-style JSON Lines: {@code text}
 * and {@code attributions} of {@code source}, {@code cue}, {@code content} spans).
 *
 * <p>Overlap-based: a predicted speaker mention is correct when it overlaps the source span of a
 * gold attribution; a gold source is found when some predicted speaker mention overlaps it.
 * Contents likewise. Precision counts predictions, recall counts gold spans, each at most once.
 */
public final class AttributionEvaluation {

  /** Spans of one kind: how many predicted, how many of those right, how many gold, found. */
  public record Score(int predicted, int correct, int gold, int found) {
    /** Correct predictions over predictions. */
    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    /** Found gold spans over gold spans. */
    public double recall() {
      return gold == 0 ? 0 : found / (double) gold;
    }

    Score plus(Score o) {
      return new Score(predicted + o.predicted, correct + o.correct, gold + o.gold, found + o.found);
    }
  }

  /** Both scores over a set of articles, and how many quotes had a speaker. */
  public record Result(int articles, Score sources, Score contents, int quotes, int withSpeaker) {}

  /** One gold article. */
  public record Article(String id, String text, List<int[]> sources, List<int[]> contents) {}

  private AttributionEvaluation() {}

  /** Reads up to {@code limit} articles of a gold file. */
  public static List<Article> read(BufferedReader in, int limit) throws IOException {
    return GoldLines.read(in, limit, "attributions", (a, id) -> {
      List<int[]> sources = new ArrayList<>();
      List<int[]> contents = new ArrayList<>();
      for (JsonNode at : a.get("attributions")) {
        if (at.hasNonNull("source")) {
          sources.add(span(at.get("source")));
        }
        if (at.hasNonNull("content")) {
          contents.add(span(at.get("content")));
        }
      }
      return new Article(id, a.get("text").asText(), sources, contents);
    });
  }

  private static int[] span(JsonNode s) {
    return new int[] {s.get("start").asInt(), s.get("end").asInt()};
  }

  /**
   * What a system predicted for one article: speaker and content spans in UTF-16 offsets of the
   * text, and how many quotes it found and named a speaker for.
   */
  public record Predicted(List<int[]> speakers, List<int[]> contents, int quotes, int withSpeaker) {}

  /** Scores Counterclaim's quotes over the articles. */
  public static Result run(List<Article> articles, Function<String, List<Quote>> quotesOf) {
    return score(articles, text -> {
      List<int[]> speakers = new ArrayList<>();
      List<int[]> contents = new ArrayList<>();
      int withSpeaker = 0;
      List<Quote> found = quotesOf.apply(text);
      for (Quote q : found) {
        contents.add(new int[] {q.start(), q.end()});
        if (q.speaker() != null) {
          withSpeaker++;
          speakers.add(new int[] {q.speaker().mention().start(), q.speaker().mention().end()});
        }
      }
      return new Predicted(speakers, contents, found.size(), withSpeaker);
    });
  }

  /** Scores any system's predictions over the articles (offsets converted to code points). */
  public static Result score(List<Article> articles, Function<String, Predicted> predict) {
    Score sources = new Score(0, 0, 0, 0);
    Score contents = new Score(0, 0, 0, 0);
    int quotes = 0;
    int withSpeaker = 0;
    for (Article a : articles) {
      Predicted p = predict.apply(a.text());
      quotes += p.quotes();
      withSpeaker += p.withSpeaker();
      sources = sources.plus(score(codePoints(a.text(), p.speakers()), a.sources()));
      contents = contents.plus(score(codePoints(a.text(), p.contents()), a.contents()));
    }
    return new Result(articles.size(), sources, contents, quotes, withSpeaker);
  }

  private static List<int[]> codePoints(String text, List<int[]> spans) {
    return spans.stream().map(s -> codePoints(text, s[0], s[1])).toList();
  }

  /** Scores predicted spans (in code points) against gold spans. */
  public static Score score(List<int[]> predicted, List<int[]> gold) {
    int correct = 0;
    for (int[] p : predicted) {
      if (gold.stream().anyMatch(g -> overlaps(p, g))) {
        correct++;
      }
    }
    int found = 0;
    for (int[] g : gold) {
      if (predicted.stream().anyMatch(p -> overlaps(p, g))) {
        found++;
      }
    }
    return new Score(predicted.size(), correct, gold.size(), found);
  }

  private static boolean overlaps(int[] a, int[] b) {
    return a[0] < b[1] && b[0] < a[1];
  }

  /** Gold offsets count code points; Java strings count UTF-16 units. */
  public static int[] codePoints(String text, int start, int end) {
    return new int[] {text.codePointCount(0, start), text.codePointCount(0, end)};
  }
}
