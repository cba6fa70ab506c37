package works.async.core.schedule;

import java.time.ZoneId;

/** Host port giving a user's time zone from their profile (the product never asks for it separately). */
@FunctionalInterface
public interface UserZones {

    /** The user's zone; hosts answer with their default zone for users who set none, never null. */
    ZoneId zoneOf(String userKey);
}
