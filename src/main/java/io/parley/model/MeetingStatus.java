package io.parley.model;

/** Whether a meeting took place or is only planned. */
public enum MeetingStatus { HELD, PLANNED }
