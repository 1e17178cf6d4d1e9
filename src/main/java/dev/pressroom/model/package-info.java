/**
 * The model every format reads into and writes from: a {@link dev.pressroom.model.PressRelease}
 * with its {@link dev.pressroom.model.Timestamp} and {@link dev.pressroom.model.FooterAction}s. All
 * are immutable records, validated when built.
 */
package dev.pressroom.model;
