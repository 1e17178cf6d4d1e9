/**
 * The {@code json} format: the model's interchange form, written by {@link
 * dev.pressroom.format.json.JsonRenderer} and read strictly by {@link
 * dev.pressroom.format.json.JsonParser}, with Jackson.
 */
package dev.pressroom.format.json;
