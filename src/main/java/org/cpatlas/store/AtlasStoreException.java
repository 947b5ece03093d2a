package org.cpatlas.store;

/** A failure of the store whose message is written for the user: what is wrong and what to do. */
public class AtlasStoreException extends RuntimeException {

    public AtlasStoreException(String userMessage) {
        super(userMessage);
    }

    public AtlasStoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** The message to show as it is, on one line. */
    public String userMessage() {
        return getMessage();
    }
}
