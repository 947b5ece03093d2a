/**
 * The indicator picker and the class controls of the window's toolbar: bound to
 * {@link org.cpatlas.ui.viewmodel.IndicatorViewModel}, no logic of their own.
 */
package org.cpatlas.ui.indicator;
