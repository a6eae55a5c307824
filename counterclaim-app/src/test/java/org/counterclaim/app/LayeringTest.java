package org.counterclaim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The command line's layering, written as rules: its packages (one per stage of commands) form no
 * cycle, only the root command knows the commands, and nothing below the command line reaches
 * back into it.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.counterclaim");
  }

  @Test
  void the_command_line_packages_have_no_cycles() {
    slices().matching("org.counterclaim.app.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void commands_do_not_use_each_others_packages_except_through_cli() {
    noClasses().that().resideInAPackage("org.counterclaim.app.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("org.counterclaim.app.query..",
            "org.counterclaim.app.ingest..", "org.counterclaim.app.serve..",
            "org.counterclaim.app.bench..", "org.counterclaim.app.eval..",
            "org.counterclaim.app.extract..", "org.counterclaim.app.resolve..")
        .check(classes);
  }

  @Test
  void the_core_store_and_server_never_reach_up_into_the_command_line() {
    noClasses().that().resideInAnyPackage("org.counterclaim.core..", "org.counterclaim.store..",
            "org.counterclaim.server..")
        .should().dependOnClassesThat().resideInAPackage("org.counterclaim.app..")
        .check(classes);
  }

  @Test
  void the_exports_know_no_http_so_the_command_line_and_the_api_share_them() {
    noClasses().that().resideInAPackage("org.counterclaim.server.export..")
        .should().dependOnClassesThat().resideInAnyPackage("org.counterclaim.server",
            "io.javalin..")
        .check(classes);
  }

  @Test
  void the_store_knows_no_server_and_the_core_no_store() {
    noClasses().that().resideInAPackage("org.counterclaim.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.counterclaim.store..",
            "org.counterclaim.server..")
        .check(classes);
    noClasses().that().resideInAPackage("org.counterclaim.store..")
        .should().dependOnClassesThat().resideInAPackage("org.counterclaim.server..")
        .check(classes);
  }
}
