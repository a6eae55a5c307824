package org.counterclaim.app.eval;

import picocli.CommandLine.Command;

/** {@code counterclaim eval}: measures extraction quality on development gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure extraction quality against gold data.",
    subcommands = {EvalClaimsCommand.class, EvalCasualtiesCommand.class, EvalAttributionCommand.class, EvalPlacesCommand.class,
        EvalIncidentsCommand.class})
public final class EvalCommand {}
