/**
 * The {@code html} format: a standalone semantic page with schema.org JSON-LD, written by {@link
 * dev.pressroom.format.html.HtmlRenderer}, and press pages of any site read by {@link
 * dev.pressroom.format.html.HtmlParser}, with jsoup.
 */
package dev.pressroom.format.html;
