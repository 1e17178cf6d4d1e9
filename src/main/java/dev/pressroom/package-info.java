/**
 * Pressroom's entry point, {@link dev.pressroom.Pressroom}, which reads and writes press releases
 * in every format it knows, and the checked exceptions its parsers and renderers throw, with the
 * {@link dev.pressroom.Limits} every parser enforces.
 */
package dev.pressroom;
