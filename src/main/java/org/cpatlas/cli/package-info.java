/**
 * The headless command line ({@code java -jar atlas.jar COMMAND}): picocli commands over the store's repository.
 * Add a command by writing it and listing it in {@link org.cpatlas.cli.AtlasCommand#subcommands()}.
 * Users' tables: {@code import} (preview, then one transaction into the user database; {@code --dry-run} stores
 * nothing), {@code datasets} and {@code datasets remove ID}, {@code county}, {@code indicators}.
 * County lists: {@code membership} ({@code list}, {@code import}, {@code use}, {@code remove}, {@code diff}).
 * The two imports share their reading options ({@code TableReadingOptions}) and what they say between the preview and
 * the store ({@code ImportSteps}: imported before, refused, dry run, read-only database); the two listings share
 * {@code --format} ({@code ListFormatOption}); a command that stops on a refusal or failure says so through
 * {@code ErrorExit} ("atlas: ..." on standard error, then the exit code).
 * Tables ({@code --format csv|xlsx}) are the core's ({@code tables}), the same the window copies and exports; where
 * they go ({@code --out}, {@code --bom}, {@code --lang}) is {@link org.cpatlas.cli.TableOutput}'s.
 */
package org.cpatlas.cli;
