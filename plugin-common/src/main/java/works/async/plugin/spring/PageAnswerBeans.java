package works.async.plugin.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import works.async.plugin.access.Access;
import works.async.plugin.access.Caller;
import works.async.plugin.reply.InPlaceAnswers;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.spi.PageComments;

/**
 * Answering a page's reply requests in place, over the host's {@link PageComments}: imported by the hosts with pages
 * only (Confluence's root config, the sandbox), never by Jira's, whose graph has no page comments. Serves
 * {@code pagerest.PageAnswerResource}, which only Confluence's {@code <rest>} module (and the sandbox) serve.
 */
@Configuration(proxyBeanMethods = false)
public class PageAnswerBeans {

    @Bean
    public InPlaceAnswers inPlaceAnswers(ReplyActions replies, ReplyRequestStore store, Access access, Caller caller,
                                         PageComments comments) {
        return new InPlaceAnswers(replies, store, access, caller, comments);
    }
}
