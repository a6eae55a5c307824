package org.counterclaim.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.reconcile.IncidentAssembler;
import org.counterclaim.core.resolve.Corrections;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentIds;
import org.counterclaim.core.resolve.IncidentRules;
import org.counterclaim.core.resolve.ReportProfile;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.reconcile.ClaimantParties;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Rebuilds a ledger's incidents from its stored reports: groups them by the rules and the
 * analyst's corrections, gives each group an id and reconciles each incident's figures. A store
 * reads the input and writes the output in one transaction of its own.
 */
public final class IncidentGrouping {

  /**
   * What a store holds: every extracted report that is no exact duplicate (by key, sorted), the
   * report each near-copy reprints, the analyst's corrections, the incident each report was in
   * before (report key to incident id) and the last incident number given.
   */
  public record Input(SortedMap<String, ReportExtraction> extractions,
      Map<String, String> reprintOf, Corrections corrections, Map<String, String> oldIncidentOf,
      long counter) {}

  /** One incident (with its sub-incidents as its children) and the keys of its reports. */
  public record Group(Incident incident, List<String> reports) {}

  /** The incidents to store instead of the old ones and the counter to store with them. */
  public record Output(List<Group> groups, long counter, int reports) {

    /** How many reports were grouped into how many incidents. */
    public Result result() {
      return new Result(reports, groups.size());
    }
  }

  /** What a rebuild found: how many reports it grouped into how many incidents. */
  public record Result(int reports, int incidents) {}

  private final IncidentClusterer clusterer;
  private final ClaimantParties parties;

  /**
   * A grouping by {@code rules}, comparing reports by the words of {@code vocabulary} and
   * counting claimants as the parties {@code parties} names.
   */
  public IncidentGrouping(IncidentRules rules, Vocabulary vocabulary, ClaimantParties parties) {
    this.clusterer = new IncidentClusterer(Objects.requireNonNull(rules, "rules"),
        Objects.requireNonNull(vocabulary, "vocabulary"));
    this.parties = Objects.requireNonNull(parties, "parties");
  }

  /** A grouping by the default rules and the shipped vocabulary. */
  public static IncidentGrouping defaults() {
    return of(Vocabulary.shipped());
  }

  /**
   * A grouping by the default rules that weighs words with {@code vocabulary}'s stopwords and
   * knows the parties of the shipped actors.
   */
  public static IncidentGrouping of(Vocabulary vocabulary) {
    return of(vocabulary, ActorRegistry.shipped());
  }

  /**
   * A grouping by the default rules that weighs words with {@code vocabulary}'s stopwords and
   * knows the parties of {@code registry}'s actors.
   */
  public static IncidentGrouping of(Vocabulary vocabulary, ActorRegistry registry) {
    return new IncidentGrouping(IncidentRules.defaults(), vocabulary,
        new ClaimantParties(registry));
  }

  /** The incidents {@code in}'s reports make. */
  public Output group(Input in) {
    List<ReportProfile> profiles = new ArrayList<>();
    in.extractions().forEach((k, e) -> profiles.add(ReportProfile.of(e, in.reprintOf().get(k))));
    List<IncidentClusterer.ReportGroup> groups =
        clusterer.cluster(profiles, in.corrections());
    IncidentIds.Assigned ids = IncidentIds.assign(groups, in.oldIncidentOf(), in.counter());
    List<Group> out = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      Incident incident = IncidentAssembler.assemble(ids.ids().get(g), groups.get(g),
          in.extractions()::get, in.reprintOf(), parties);
      out.add(new Group(incident, groups.get(g).reports()));
    }
    return new Output(out, ids.counter(), profiles.size());
  }
}
