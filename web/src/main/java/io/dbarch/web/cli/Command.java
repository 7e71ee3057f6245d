package io.dbarch.web.cli;

import java.util.List;

/** A subcommand. Bad usage or unreadable input is a {@link UsageException}; the result is an exit code. */
interface Command {

    int run(List<String> args) throws InterruptedException;
}
