/**
 * The headless command line ({@code java -jar atlas.jar COMMAND}): picocli commands over the store's repository.
 * Add a command by writing it and listing it in {@link org.cpatlas.cli.AtlasCommand#subcommands()}.
 */
package org.cpatlas.cli;
