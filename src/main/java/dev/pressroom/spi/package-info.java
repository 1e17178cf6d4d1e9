/**
 * The interfaces a format implements: {@link dev.pressroom.spi.ReleaseParser} and {@link
 * dev.pressroom.spi.ReleaseRenderer}, found through {@link java.util.ServiceLoader} (a module's
 * {@code provides}, or {@code META-INF/services} on the class path), and the {@link
 * dev.pressroom.spi.ParseContext} a parser is given.
 */
package dev.pressroom.spi;
