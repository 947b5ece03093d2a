/**
 * Records shared by the whole atlas: regions, provinces, and figures that always carry their source and flags.
 * Imported tables ({@link org.cpatlas.domain.Dataset}) and indicators that can be mapped
 * ({@link org.cpatlas.domain.IndicatorInfo}, {@link org.cpatlas.domain.IndicatorData}) carry their sources the same
 * way. No JavaFX, no SQL.
 */
package org.cpatlas.domain;
