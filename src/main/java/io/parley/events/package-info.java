/**
 * Events across articles: the meetings of every article that report the same meeting (same participants and
 * kind, dates a day apart at most, the same place when both state one) grouped into one event with its sources
 * ({@link io.parley.events.EventGrouping}), and planned events followed to the held one or marked overdue
 * ({@link io.parley.events.FollowUps}). Pure and order-independent: a function of the set of stored meetings,
 * computed when read; it depends on {@code model} and {@code actors} only (no store, no I/O).
 */
package io.parley.events;
