package io.parley.model;

import java.time.LocalDate;

/**
 * One title an actor held as the articles tell it: the title and the publication dates of the first and last
 * articles that give it ({@code null} when those articles have no date).
 */
public record TitleSpan(String title, LocalDate firstSeen, LocalDate lastSeen) {
}
