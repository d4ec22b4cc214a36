package vn.gandan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gần Dân: công tác dân vận chính quyền and grassroots democracy for Vietnamese public bodies. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.handles(args[0])) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
