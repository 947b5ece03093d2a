/**
 * Records shared by the whole atlas: regions, provinces, and figures that always carry their source and flags.
 * No JavaFX, no SQL.
 */
package org.cpatlas.domain;
