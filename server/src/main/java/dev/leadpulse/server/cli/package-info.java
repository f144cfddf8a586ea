/**
 * The {@code leadpulse} command line: {@code score}, {@code validate} and {@code demo}.
 * Exit codes: 0 success, 1 the work failed, 2 bad usage or input. Messages for people go to
 * standard error; results to standard output.
 */
package dev.leadpulse.server.cli;
