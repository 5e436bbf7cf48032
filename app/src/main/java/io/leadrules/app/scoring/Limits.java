package io.leadrules.app.scoring;

/** Lengths no real lead reaches: past them a value is a mistake (or an attack), not data. */
final class Limits {

    static final int ID = 255;
    static final int NAME = 255;
    static final int EMAIL = 320;
    static final int PHONE = 64;
    static final int CODE = 100;
    static final int DETAIL = 2_000;
    static final String TOO_LONG = "must be at most {max} characters long";
    static final String ACTIVITY_TYPE = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";

    private Limits() {
    }
}
