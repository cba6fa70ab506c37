package works.async.core;

import java.time.Instant;

/**
 * Something that happened because of an explicit act or a deadline; returned by domain
 * operations so that adapters can notify without the core knowing how.
 */
public interface DomainEvent {

    /** When it happened, from the injected clock. */
    Instant at();
}
