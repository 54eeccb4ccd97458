package dev.tandem.demo;

import java.util.Map;
import java.util.UUID;

/**
 * A demo partnership as its history needs it: our participant, and theirs and their contacts by person key
 * ({@link DemoCast.Person#key()}).
 */
record Sides(UUID partnershipId, UUID ours, Map<String, UUID> theirs, Map<String, UUID> contacts) {

    UUID participant(String person) {
        return required(theirs, person);
    }

    UUID contact(String person) {
        return required(contacts, person);
    }

    private static UUID required(Map<String, UUID> ids, String person) {
        UUID id = ids.get(person);
        if (id == null) {
            throw new IllegalStateException("Not in the demo partnership: " + person);
        }
        return id;
    }
}
