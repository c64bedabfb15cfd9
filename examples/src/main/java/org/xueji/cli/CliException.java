package org.xueji.cli;

/**
 * Ends a command with an exit code and a message for the operator: {@link #USAGE} for bad usage
 * or unreadable input, {@link #REFUSED} for rows refused or rules violated.
 */
final class CliException extends RuntimeException {

    /** The exit code for success. */
    static final int OK = 0;
    /** The exit code when rows were refused or a rule was violated. */
    static final int REFUSED = 1;
    /** The exit code for bad usage or unreadable input. */
    static final int USAGE = 2;

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    static CliException refused(String message) {
        return new CliException(REFUSED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
