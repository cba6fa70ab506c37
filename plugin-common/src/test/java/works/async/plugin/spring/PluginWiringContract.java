package works.async.plugin.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mockingDetails;

import java.lang.reflect.Constructor;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.util.ClassUtils;

import works.async.plugin.packaging.PluginDescriptor;

/**
 * A product's plugin context as the product starts it, with the host's services mocked: every bean is created, and
 * so is every class the product creates through the context (the descriptor's modules and upgrade tasks, the REST
 * resources and providers). A constructor needing a bean the context lacks fails here, not first in Jira.
 *
 * <p>The context is the product's root config itself, so a config its {@code @Import} forgets fails here too. Its
 * host imports are replaced by same-named mock beans ({@link HostServiceMocks} and {@link #productMocks()}),
 * registered after it: a later definition of a bean name overrides an earlier one, which this context allows
 * explicitly. The import methods, whose stand-in {@code importOsgiService} throws, are then never called.
 */
public abstract class PluginWiringContract {

    private AnnotationConfigApplicationContext context;

    /** The product's root config, the one {@code META-INF/spring/plugin-context.xml} names. */
    protected abstract Class<?> rootConfig();

    /**
     * The SPI types whose adapters the product has not written yet, mocked by {@link AdapterMocks}; all of them by
     * default. Every other SPI bean must be the product's own adapter.
     */
    protected List<Class<?>> mockedAdapters() {
        return AdapterMocks.SPI_TYPES;
    }

    /**
     * The first path segment of this product's item resources ({@code issues} or {@code pages}); the other
     * product's must not be served by this product's {@code <rest>} module.
     */
    protected abstract String itemPath();

    /** Mocks of the product's own host imports, under their bean names; none by default. */
    protected List<Class<?>> productMocks() {
        return List.of();
    }

    @BeforeEach
    void start() {
        context = new AnnotationConfigApplicationContext();
        context.setAllowBeanDefinitionOverriding(true);
        context.register(rootConfig());
        context.register(HostServiceMocks.class);
        productMocks().forEach(context::register);
        mockedAdapters().forEach(type -> context.register(AdapterMocks.configFor(type)));
        context.refresh();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyBeanOfTheRootConfigIsCreatedOnTheMockedHost() {
        // An import left unreplaced would already have failed the start: its stand-in throws.
        List<String> names = List.of(context.getBeanDefinitionNames());

        assertThat(names).contains("screens", "escalationJob", "itemEvents")
                .allSatisfy(name -> assertThat(context.getBean(name)).as(name).isNotNull());
        assertThat(HostServiceMocks.TYPES).allSatisfy(type -> assertThat(mockingDetails(context.getBean(type))
                .isMock()).as(type.getSimpleName() + " is the test's mock").isTrue());
        assertThat(AdapterMocks.SPI_TYPES).allSatisfy(type -> assertThat(mockingDetails(context.getBean(type))
                .isMock()).as(type.getSimpleName() + " is mocked exactly when the product has no adapter for it")
                .isEqualTo(mockedAdapters().contains(type)));
    }

    @Test
    void everyClassTheDescriptorNamesIsCreatedThroughTheContext() {
        PluginDescriptor descriptor = PluginDescriptor.fromClasspath();
        // Module classes (macros, context providers...), Jira's workflow validators and conditions and, as the AO
        // plugin creates them through the plugin's container too, the upgrade tasks: all but the entity interfaces.
        List<String> named = descriptor.namedClasses().stream().filter(n -> !n.slot().equals("ao/entity"))
                .map(PluginDescriptor.NamedClass::className).toList();

        assertThat(named).isNotEmpty().allSatisfy(name -> {
            Class<?> type = ClassUtils.resolveClassName(name, getClass().getClassLoader());
            assertThat(factory().createBean(type)).isInstanceOf(type);
        });
    }

    @Test
    void everyRestResourceAndProviderIsCreatedThroughItsOneInjectConstructor() {
        List<String> packages = PluginDescriptor.fromClasspath().restPackages();
        List<Class<?>> types = packages.stream().flatMap(p -> RestTypes.inPackage(p).stream()).toList();

        assertThat(packages).isNotEmpty();
        assertThat(types).isNotEmpty().allSatisfy(type -> {
            // REST v2 builds a resource through its @Inject constructor; two constructors would leave the choice
            // to the container.
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            assertThat(constructors).as(type.getSimpleName() + "'s constructors").hasSize(1);
            assertThat(constructors[0].isAnnotationPresent(Inject.class)).as(type.getSimpleName() + " @Inject")
                    .isTrue();
            assertThat(factory().createBean(type)).isInstanceOf(type);
        });
    }

    @Test
    void theRestModuleServesThisProductsItemsAndNotTheOthers() {
        List<String> roots = PluginDescriptor.fromClasspath().restPackages().stream()
                .flatMap(p -> RestTypes.inPackage(p).stream())
                .map(type -> type.getAnnotation(Path.class))
                .filter(path -> path != null)
                .map(path -> path.value().replaceFirst("^/", "").split("/")[0])
                .toList();
        boolean jira = itemPath().equals("issues");
        // A Jira project's page is Jira's too; Confluence has spaces, whose pages are its items.
        List<String> own = jira ? List.of("issues", "projects") : List.of("pages");
        List<String> others = jira ? List.of("pages") : List.of("issues", "projects");

        assertThat(roots).contains("reply-requests", "reports", "policies").containsAll(own)
                .doesNotContainAnyElementsOf(others);
    }

    private AutowireCapableBeanFactory factory() {
        return context.getAutowireCapableBeanFactory();
    }
}
