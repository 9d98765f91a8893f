package dev.eksatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eks-atlas inventory}: looks after the inventory itself (for now: copying it between H2 and PostgreSQL). */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "Looks after the inventory database itself.",
        subcommands = {InventoryCopyCommand.class, CommandLine.HelpCommand.class})
public final class InventoryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do, e.g. 'eks-atlas inventory copy'.");
    }
}
