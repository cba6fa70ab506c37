package works.async.plugin.spring;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plugin's own beans that both products share, built with plain constructors (core classes
 * carry no Spring annotations).
 */
@Configuration
public class SharedPluginBeans {

    /** Every deadline is computed from this clock, in milliseconds as they are stored; tests and the sandbox drive their own. */
    @Bean
    public Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
