package works.async.confluence.spring;

import works.async.confluence.events.PageEventListener;
import works.async.plugin.item.HostEventListener;
import works.async.plugin.spring.ListenerBeansContract;

/** Confluence's event beans hook the PageEventListener into Confluence while the plugin's context is up. */
class ConfluenceEventBeansTest extends ListenerBeansContract {

    @Override
    protected Class<?> eventBeans() {
        return ConfluenceEventBeans.class;
    }

    @Override
    protected Class<? extends HostEventListener> listenerType() {
        return PageEventListener.class;
    }
}
