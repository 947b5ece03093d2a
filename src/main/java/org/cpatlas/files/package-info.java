/**
 * Files the atlas keeps in the user's cache so that a start does not make them again: resources of the jar that
 * other code reads only as files (fonts, SQLite's native library). Depends on nothing else of the atlas.
 */
package org.cpatlas.files;
