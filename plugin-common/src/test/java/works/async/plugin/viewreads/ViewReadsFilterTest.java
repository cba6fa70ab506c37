package works.async.plugin.viewreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

/**
 * A view (GET or HEAD) reads each thing once; a form post or a REST write reads afresh, and nothing kept in one view
 * reaches the next request on the same thread.
 */
class ViewReadsFilterTest {

    private final ViewReads reads = new ViewReads();
    private final ViewReadsFilter filter = new ViewReadsFilter(reads);
    private final AtomicInteger storeReads = new AtomicInteger();

    @Test
    void aViewReadsTheSameThingOnceWhateverAsksForIt() throws Exception {
        assertThat(readsDuring("GET")).isEqualTo(1);
        assertThat(readsDuring("HEAD")).isEqualTo(1);
    }

    @Test
    void writingRequestsReadEveryTime() throws Exception {
        assertThat(readsDuring("POST")).isEqualTo(3);
        assertThat(readsDuring("PUT")).isEqualTo(3);
        assertThat(readsDuring("DELETE")).isEqualTo(3);
    }

    @Test
    void theNextViewOnTheSameThreadReadsAfresh() throws Exception {
        readsDuring("GET");
        assertThat(readsDuring("GET")).isEqualTo(1);
        // And outside any view nothing is kept.
        read();
        read();
        assertThat(storeReads).hasValue(4);
    }

    @Test
    void aViewThatFailsLeavesNothingBehind() {
        FilterChain failing = (request, response) -> {
            read();
            throw new IllegalStateException("the host's page failed");
        };
        try {
            filter.doFilter(request("GET"), null, failing);
        } catch (Exception expected) {
            // The host shows its error page.
        }
        assertThat(read()).as("the second read, after the failed view, goes to the store").isEqualTo(2);
    }

    private int readsDuring(String method) throws Exception {
        int before = storeReads.get();
        filter.doFilter(request(method), null, (request, response) -> {
            read(); // the panel
            read(); // the banner
            read(); // a macro
        });
        return storeReads.get() - before;
    }

    private int read() {
        return reads.once("the page's state", storeReads::incrementAndGet);
    }

    private static HttpServletRequest request(String method) {
        return (HttpServletRequest) Proxy.newProxyInstance(ViewReadsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getMethod")) {
                        return method;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
