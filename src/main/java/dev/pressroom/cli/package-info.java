/**
 * The command line ({@code java -jar pressroom-cli.jar}), built on picocli. Not exported from the
 * module and not API; library users need neither it nor picocli.
 */
package dev.pressroom.cli;
