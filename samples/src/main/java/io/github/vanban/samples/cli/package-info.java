// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code vanban} command line: {@link io.github.vanban.samples.cli.VanbanCommand} and one
 * class per subcommand.
 *
 * <p>Exit codes are a public contract, listed in {@link io.github.vanban.samples.cli.ExitCode}.
 * Output is UTF-8 whatever the platform's default charset.
 */
@org.jspecify.annotations.NullMarked
package io.github.vanban.samples.cli;
