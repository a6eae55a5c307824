package org.counterclaim.server.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.reconcile.Figures;

/**
 * Tells an incident's ACLED sub-event type from the sentences of its claims and, when no cue
 * word is there, from who the victims are (the rules of docs/fields.md, "event_type"). The cue
 * words are data: {@code event-types.tsv} beside this class.
 */
final class EventTypes {

  /** A cue: whole words, case ignored, and the sub-event type they tell. */
  private record Cue(Pattern words, SubEventType type) {}

  private final List<Cue> cues;

  private EventTypes(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The shipped cue list. */
  static EventTypes load() {
    String file = "event-types.tsv";
    try (InputStream in = EventTypes.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Cue> cues = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = lines.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(file + " line " + n + ": want cue<TAB>sub-event type");
        }
        String words = Pattern.quote(cols[0].strip().toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q");
        cues.add(new Cue(Pattern.compile("\\b" + words + "\\b", Pattern.CASE_INSENSITIVE),
            SubEventType.of(cols[1].strip())));
      }
      return new EventTypes(cues);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sub-event type of an incident whose claims come from {@code sentences} and reconcile to
   * {@code figures}: the first cue a sentence holds; else abduction when people were only
   * abducted or went missing; else an armed clash when state forces or militants were hit; else
   * an attack when civilians were; else null (victims unknown, or no figures).
   */
  SubEventType of(List<String> sentences, List<Figures> figures) {
    for (Cue cue : cues) {
      for (String s : sentences) {
        if (cue.words().matcher(s).find()) {
          return cue.type();
        }
      }
    }
    Set<Outcome> taken = Set.of(Outcome.ABDUCTED, Outcome.MISSING);
    boolean harmed = figures.stream().anyMatch(f -> !taken.contains(f.outcome())
        && f.outcome() != Outcome.ARRESTED);
    if (!harmed && figures.stream().anyMatch(f -> taken.contains(f.outcome()))) {
      return SubEventType.ABDUCTION;
    }
    if (figures.stream().anyMatch(f -> f.victims().isStateForces()
        || f.victims() == VictimCategory.MILITANTS)) {
      return SubEventType.ARMED_CLASH;
    }
    if (figures.stream().anyMatch(f -> f.victims() == VictimCategory.CIVILIANS)) {
      return SubEventType.ATTACK;
    }
    return null;
  }
}
