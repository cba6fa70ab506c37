package works.async.plugin.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.calendar.CalendarPreview;

/** {@code GET /calendar/preview}: when N working minutes from an instant end in someone's calendar. */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private final CalendarPreview preview;

    @Inject
    public CalendarResource(CalendarPreview preview) {
        this.preview = preview;
    }

    @GET
    @Path("preview")
    public Json.Preview preview(@QueryParam("user") String user, @QueryParam("from") String from,
                                @QueryParam("workingMinutes") String workingMinutes) {
        CalendarPreview.Preview p = preview.preview(user, Parse.instant(from, "from"),
                Parse.integer(workingMinutes, "workingMinutes"));
        return new Json.Preview(p.user().key(), p.zone().getId(), Parse.text(p.from()), Parse.text(p.dueAt()));
    }
}
