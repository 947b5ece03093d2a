package org.cpatlas.app;

/** Entry point. */
public final class Launcher {
    public static void main(String[] args) { System.out.println("hi"); }
}
