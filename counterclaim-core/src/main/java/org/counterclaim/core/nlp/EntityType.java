package org.counterclaim.core.nlp;

/** The named-entity class a token was given; {@code NONE} when it is no entity or was not tagged. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC,
  NONE
}
