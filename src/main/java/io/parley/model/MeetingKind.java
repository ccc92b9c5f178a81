package io.parley.model;

/** How a meeting took place. */
public enum MeetingKind { IN_PERSON, PHONE_CALL, VIDEO_CALL, MULTILATERAL, UNSPECIFIED }
