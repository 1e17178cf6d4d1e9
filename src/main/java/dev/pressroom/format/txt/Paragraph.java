package dev.pressroom.format.txt;

/**
 * A paragraph as read: its text, the line it starts on, and whether that line was escaped (then no
 * heuristic such as dateline detection looks at it).
 */
record Paragraph(String text, int line, boolean literal) {}
