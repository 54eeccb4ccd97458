package dev.tandem;

import dev.tandem.operations.Restore;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tandem: build, measure, share and gracefully end professional partnerships. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TandemApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("restore")) {
            System.exit(Restore.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}
