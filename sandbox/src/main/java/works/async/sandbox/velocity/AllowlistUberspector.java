package works.async.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity introspection with the products' two rules: every method call (property getters included) must be on
 * the allowlist, else rendering fails; and values returned by HTML-safe methods are remembered as safe, with
 * elements of safe collections (get, iteration) inheriting it, as the host's annotation boxing does.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {

    /** Application attribute of the VelocityEngine holding the {@link VelocityAllowlist}. */
    public static final String ALLOWLIST_ATTRIBUTE = "works.async.sandbox.velocity.allowlist";

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices rs) {
        this.allowlist = (VelocityAllowlist) rs.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod found = super.getMethod(obj, methodName, args, info);
        if (found == null || obj == null) {
            return found;
        }
        Method method = introspector.getMethod(obj.getClass(), methodName, args);
        check(obj.getClass(), method, info);
        // Velocity caches this per class, so whether the target object itself is safe is decided per call.
        return new TrackingMethod(found, method != null && HtmlSafeRule.isHtmlSafe(method), methodName.equals("get"));
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        // The same lookup order as UberspectImpl (getFoo/getfoo, Map.get, get("foo"), isFoo), done here because
        // its getter keeps the resolved Method to itself and the allowlist needs it.
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        Method method = executor.getMethod();
        check(type, method, info);
        return new TrackingGetter(new VelGetterImpl(executor), HtmlSafeRule.isHtmlSafe(method),
                method.getName().equals("get"));
    }

    @Override
    public Iterator getIterator(Object obj, Info info) throws Exception {
        Iterator<?> it = super.getIterator(obj, info);
        if (it == null || !SafeValues.isSafe(obj)) {
            return it;
        }
        return new Iterator<Object>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object next() {
                Object next = it.next();
                SafeValues.mark(next);
                return next;
            }
        };
    }

    private void check(Class<?> type, Method method, Info info) {
        if (method != null && !allowlist.allows(type, method)) {
            throw new VelocityAllowlistException(VelocityAllowlist.entryFor(type, method),
                    info == null ? "?" : info.getTemplateName(), info == null ? 0 : info.getLine());
        }
    }

    /** Whether a call's result is safe: an HTML-safe method, or get(...) on a collection or map that is safe. */
    private static boolean resultIsSafe(boolean safeMethod, boolean isGet, Object target) {
        return safeMethod || (isGet && (target instanceof Collection<?> || target instanceof Map<?, ?>)
                && SafeValues.isSafe(target));
    }

    /** A method call that remembers HTML-safe results. */
    private record TrackingMethod(VelMethod delegate, boolean safeMethod, boolean isGet) implements VelMethod {

        @Override
        public Object invoke(Object o, Object[] params) throws Exception {
            boolean safe = resultIsSafe(safeMethod, isGet, o);
            Object result = delegate.invoke(o, params);
            if (safe) {
                SafeValues.mark(result);
            }
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }

        @Override
        public Class getReturnType() {
            return delegate.getReturnType();
        }
    }

    /** A property read that remembers HTML-safe results. */
    private record TrackingGetter(VelPropertyGet delegate, boolean safeMethod, boolean isGet) implements VelPropertyGet {

        @Override
        public Object invoke(Object o) throws Exception {
            boolean safe = resultIsSafe(safeMethod, isGet, o);
            Object result = delegate.invoke(o);
            if (safe) {
                SafeValues.mark(result);
            }
            return result;
        }

        @Override
        public boolean isCacheable() {
            return delegate.isCacheable();
        }

        @Override
        public String getMethodName() {
            return delegate.getMethodName();
        }
    }
}
