package io.parley.model;

/**
 * A person or body that meets or speaks: the fullest name the article gives, with title and country
 * when the article states them (each may be {@code null}).
 */
public record Actor(String name, String title, String country) {
}
