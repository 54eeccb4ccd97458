package dev.tandem.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The release this Tandem is, from the build's {@code META-INF/build-info.properties}: shown in the footer, the
 * API description and {@code /actuator/info}, so an administrator can tell which version answers. A build that
 * did not write build information (an IDE's) says {@code dev}.
 */
@Component("release")
public class Release {

    private final String version;

    Release(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null || properties.getVersion() == null ? "dev" : properties.getVersion();
    }

    public String version() {
        return version;
    }
}
