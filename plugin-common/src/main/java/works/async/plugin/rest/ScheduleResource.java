package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.schedule.ScheduleActions;

/** {@code /schedules/me}: the caller's own working hours, holidays and time off (nobody edits anyone else's). */
@Path("schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleActions schedules;

    @Inject
    public ScheduleResource(ScheduleActions schedules) {
        this.schedules = schedules;
    }

    @GET
    @Path("me")
    public ScheduleJson.Body mine() {
        return ScheduleJson.body(schedules.mine());
    }

    /**
     * Saves the schedule; a {@code version} in the body makes a concurrent save answer 409 instead of overwriting.
     * A {@code zone} other than the profile's is refused (400 naming {@code zone}): the zone is changed there.
     */
    @PUT
    @Path("me")
    public ScheduleJson.Body update(ScheduleJson.Body body) {
        return ScheduleJson.body(schedules.update(ScheduleJson.draft(body), body.version(), body.zone()));
    }
}
