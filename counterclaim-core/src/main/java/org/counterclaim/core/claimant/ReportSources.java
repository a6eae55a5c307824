package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;

/**
 * Finds the source phrases of every sentence of a report and resolves each of them once, in
 * reading order, with one resolver per report, so that claimants and quote speakers are the same
 * sources and a pronoun points back to the last source any reader met. A source named with
 * reporting words inside quotation marks is resolved but not remembered for later references.
 */
public final class ReportSources {

  private final SourceFinder finder;
  private final ClauseSources clauses;
  private final ClaimOwners owners;
  private final SourceResolvers resolvers;

  /**
   * Sources found with {@code finder}, read from the parse with {@code clauses}, claim owners
   * found with {@code owners}, and resolved with resolvers from {@code resolvers}.
   */
  ReportSources(SourceFinder finder, ClauseSources clauses, ClaimOwners owners,
      SourceResolvers resolvers) {
    this.finder = finder;
    this.clauses = clauses;
    this.owners = owners;
    this.resolvers = resolvers;
  }

  /** The found and resolved source phrases of each sentence of {@code text}, in sentence order. */
  public List<SentenceSources> of(AnalyzedText text) {
    SourceResolver resolver = resolvers.of(text.text());
    Quotations quotes = Quotations.of(text.text());
    List<SentenceSources> out = new ArrayList<>(text.sentences().size());
    for (Sentence s : text.sentences()) {
      SentenceSources found = find(s);
      Map<SourcePhrase, Source> resolved = new HashMap<>();
      Set<SourcePhrase> inQuotes = new HashSet<>();
      List<SourcePhrase> owners = found.owners().stream().map(ClaimOwners.Owner::phrase).toList();
      for (SourcePhrase p : found.all()) {
        // a reporting verb inside a quotation is the quoted speaker's words: the source it names
        // is not one a later pronoun of the report points back to; the owner of a claim the
        // quote names ("the NPA's claim that …") is remembered all the same
        boolean quoted = !owners.contains(p) && quotes.inside(s.tokens().get(p.cueFrom()).start());
        resolved.put(p, quoted ? resolver.resolveAside(s, p) : resolver.resolve(s, p));
        if (quoted) {
          inQuotes.add(p);
        }
      }
      resolver.observe(s);
      out.add(found.with(resolved, inQuotes));
    }
    return out;
  }

  /** The source phrases of sentence {@code s}, not yet resolved. */
  SentenceSources find(Sentence s) {
    int n = s.tokens().size();
    SourcePhrase[] at = new SourcePhrase[n];
    for (int v = 0; v < n; v++) {
      at[v] = finder.atVerb(s, v);
    }
    if (!s.deep()) {
      return new SentenceSources(List.of(), List.of(), Arrays.asList(at), List.of(), List.of(),
          Map.of(), Set.of());
    }
    List<SourcePhrase> phrases = finder.findAll(s, 0, n);
    List<SourcePhrase> own = phrases.stream()
        .filter(p -> !clauses.contradicts(s, p) && !clauses.insideStatement(s, p.cueFrom()))
        .toList();
    return new SentenceSources(phrases, own, Arrays.asList(at), clauses.find(s), owners.of(s),
        Map.of(), Set.of());
  }
}
