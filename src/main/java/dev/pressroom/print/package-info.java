/**
 * How a release looks on paper: the {@link dev.pressroom.print.PrintStyle} that the PDF and DOCX
 * renderers share (paper, margins, typeface, letterhead, which release furniture is printed), read
 * from the builder or from a small YAML style file ({@link dev.pressroom.print.PrintStyle#read}).
 */
package dev.pressroom.print;
