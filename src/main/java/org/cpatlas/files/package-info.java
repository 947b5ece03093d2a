/**
 * Files the atlas reads and writes for the user, and the one policy for them: every file written for the user
 * (exports, the atlas PDF, tables) goes through {@link org.cpatlas.files.OutputFile}, which never replaces anything
 * but a regular file of the same kind, follows links, keeps the files in use ({@link org.cpatlas.files.FilesInUse})
 * and leaves no half-written file ({@link org.cpatlas.files.PartFiles}); resources of the jar kept in the user's
 * cache ({@link org.cpatlas.files.CachedResource}); the one pruner of the caches that keep the newest few entries
 * by modification time ({@link org.cpatlas.files.NewestKept}) and the checksums that name those caches' entries
 * ({@link org.cpatlas.files.TwoChecksums}); and user-supplied text made safe to repeat in a message
 * ({@link org.cpatlas.files.EchoedText}). Depends on nothing else of the atlas; every package may use it.
 */
package org.cpatlas.files;
