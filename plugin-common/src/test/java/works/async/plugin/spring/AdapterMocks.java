package works.async.plugin.spring;

import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * Mockito mocks of the host SPI beans, one config per SPI type, for the adapters a product has not written yet: a
 * wired test registers only those its product lacks, so that the adapters it has are the ones started.
 */
public final class AdapterMocks {

    /** Every SPI type the shared beans need from a product. */
    public static final List<Class<?>> SPI_TYPES = List.of(UserDirectory.class, ItemAccess.class, Mailer.class);

    private static final Map<Class<?>, Class<?>> CONFIGS = Map.of(UserDirectory.class, UserDirectoryMock.class,
            ItemAccess.class, ItemAccessMock.class, Mailer.class, MailerMock.class);

    private AdapterMocks() {
    }

    /** The config that mocks that SPI type under the bean name a product's adapter config gives it. */
    static Class<?> configFor(Class<?> spiType) {
        Class<?> config = CONFIGS.get(spiType);
        if (config == null) {
            throw new IllegalArgumentException("not an SPI type: " + spiType);
        }
        return config;
    }

    @Configuration(proxyBeanMethods = false)
    static class UserDirectoryMock {

        @Bean
        public UserDirectory userDirectory() {
            return mock(UserDirectory.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ItemAccessMock {

        @Bean
        public ItemAccess itemAccess() {
            return mock(ItemAccess.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MailerMock {

        @Bean
        public Mailer mailer() {
            return mock(Mailer.class);
        }
    }
}
