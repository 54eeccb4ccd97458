package dev.tandem.shared.schema;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in plain words, at the failed start-up, why Tandem refused its database and what to do. */
class NewerSchemaFailureAnalyzer extends AbstractFailureAnalyzer<NewerSchema> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NewerSchema cause) {
        return new FailureAnalysis(
                "Tandem refused to start: its database was migrated by a newer release of Tandem (schema "
                        + cause.databaseVersion() + "; this release knows schemas up to " + cause.releaseVersion()
                        + "). Running an older release on it could corrupt data.",
                "Start the newer release again, or restore the backup taken before the upgrade and then start this"
                        + " release (README, \"Upgrades\").",
                cause);
    }
}
