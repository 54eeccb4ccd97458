package dev.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package is a module; modules use each other's public API only, without cycles, and only the
 * modules their {@code package-info.java} allows.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Draws the modules and their arrows, and writes a canvas per module with the events it publishes and listens
     * to, into {@code target/spring-modulith-docs} (docs/modules.md says how to read them).
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
