package works.async.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.plugin.issuerest.IssueResource;
import works.async.plugin.pagerest.PageResource;
import works.async.plugin.rest.AttentionResource;
import works.async.plugin.rest.DomainExceptionMapper;
import works.async.plugin.rest.Messages;
import works.async.plugin.rest.UnexpectedExceptionMapper;
import works.async.plugin.rest.Views;

/** The sandbox builds the plugin's REST resources as REST v2 does: found by annotation, created through Spring. */
class PluginRestTest {

    @Test
    void findsTheResourcesAndProvidersOfTheRestPackagesAndNothingElse() {
        assertThat(PluginRest.types()).contains(AttentionResource.class, IssueResource.class, PageResource.class,
                DomainExceptionMapper.class,
                UnexpectedExceptionMapper.class).doesNotContain(Messages.class, Views.class);
    }

    @Test
    void aResourceWhoseConstructorTheContextCannotSatisfyStopsTheStartNamingIt() {
        try (AnnotationConfigApplicationContext empty = new AnnotationConfigApplicationContext()) {
            empty.refresh();

            assertThatThrownBy(() -> PluginRest.create(empty)).isInstanceOf(UnsatisfiedDependencyException.class)
                    .hasMessageContaining("works.async.plugin.issuerest.IssueResource");
        }
    }

    @Test
    void springCreatesAResourceThroughItsJakartaInjectConstructor() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(String.class, () -> "from the context");
            context.refresh();

            Resource created = context.getAutowireCapableBeanFactory().createBean(Resource.class);

            assertThat(created.value).isEqualTo("from the context");
        }
    }

    /** Two constructors: only the @Inject one can give it a value, so a value proves Spring chose it. */
    static final class Resource {
        final String value;

        Resource() {
            value = null;
        }

        @Inject
        Resource(String value) {
            this.value = value;
        }
    }
}
