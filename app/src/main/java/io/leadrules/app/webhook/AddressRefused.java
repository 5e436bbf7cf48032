package io.leadrules.app.webhook;

/** A subscriber URL the service will not call: its message says why, in words a subscriber can act on. */
class AddressRefused extends RuntimeException {

    AddressRefused(String message) {
        super(message);
    }
}
