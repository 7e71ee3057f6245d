package io.dbarch.web.cli;

/** Process exit codes, as documented for every subcommand. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on} (lint and the like). */
    public static final int FINDINGS = 1;
    /** Bad usage or unreadable input; stderr has a one-line reason. */
    public static final int USAGE = 2;
    /** A bug in dbarch; stderr has a one-line description. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
