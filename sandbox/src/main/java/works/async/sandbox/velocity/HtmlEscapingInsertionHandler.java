package works.async.sandbox.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/** Encodes every inserted reference unless {@link HtmlSafeRule} exempts it (the products' "anti-XSS" escaping). */
public final class HtmlEscapingInsertionHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || HtmlSafeRule.isSafeReference(reference) || SafeValues.isSafe(value)) {
            return value;
        }
        return HtmlSafeRule.encode(value.toString());
    }
}
