/**
 * Operations: what an installation's administrator needs to keep Tandem for years: the database it runs on (kind,
 * schema version, size), online backups made through Tandem into {@code tandem.backup.directory}, and the
 * {@code restore} command that loads one into an empty database (ADR 0011). Instance-level, not a workspace's: only
 * {@link dev.tandem.identity.InstanceAdministrators} may see and do it. Publishes nothing. Depends on
 * {@code shared} and {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
@org.jspecify.annotations.NullMarked
package dev.tandem.operations;
