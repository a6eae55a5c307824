package org.counterclaim.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intended layering of the core, written as rules: imports point from a later stage of the
 * pipeline to an earlier one only, never back, and CoreNLP stays behind its adapter.
 */
class LayeringTest {

  /** The stages from the bottom up; each may use the ones listed before it. */
  private static final List<String[]> LAYERS = List.of(
      new String[] {"base", "..core.report..", "..core.json..", "..core.nlp..", "..core.vocabulary.."},
      new String[] {"read", "..core.clean..", "..core.read.."},
      new String[] {"places and actors", "..core.place..", "..core.actor.."},
      new String[] {"sources", "..core.claimant.."},
      new String[] {"claims and quotes", "..core.casualty..", "..core.quote.."},
      new String[] {"one report", "..core.extract.."},
      new String[] {"grouping", "..core.resolve.."},
      new String[] {"reconciling", "..core.reconcile.."},
      new String[] {"ingest", "..core.ingest.."},
      new String[] {"evaluation", "..core.eval.."});

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.counterclaim.core");
  }

  @Test
  void the_core_packages_have_no_cycles() {
    slices().matching("org.counterclaim.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void each_stage_uses_only_the_stages_before_it() {
    LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] layer : LAYERS) {
      rule = rule.layer(layer[0]).definedBy(Arrays.copyOfRange(layer, 1, layer.length));
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream()
          .map(l -> l[0]).toArray(String[]::new);
      rule = rule.whereLayer(LAYERS.get(i)[0]).mayOnlyBeAccessedByLayers(above);
    }
    rule = rule.whereLayer(LAYERS.get(LAYERS.size() - 1)[0]).mayNotBeAccessedByAnyLayer();
    rule.check(core);
  }

  @Test
  void corenlp_is_used_behind_its_adapter_only() {
    noClasses().that().resideOutsideOfPackage("..core.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(core);
  }
}
