package works.async.plugin.pagerest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import works.async.plugin.reply.InPlaceAnswers;
import works.async.plugin.rest.Json;
import works.async.plugin.rest.Views;

/**
 * A reply request on a page answered in place, {@code POST /pages/{id}/reply-requests/{requestId}/answer} with
 * {@code {"text"}}: the text becomes the recipient's page comment, which answers the request (its
 * {@code answerCommentId}). A resource of its own because only hosts with pages have {@link InPlaceAnswers}.
 */
@Path("pages/{id}/reply-requests/{requestId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PageAnswerResource {

    private final InPlaceAnswers answers;
    private final Views views;

    @Inject
    public PageAnswerResource(InPlaceAnswers answers, Views views) {
        this.answers = answers;
        this.views = views;
    }

    @POST
    @Path("answer")
    public Json.ReplyRequest answer(@PathParam("id") String pageKey, @PathParam("requestId") String requestId,
                                    Json.AnswerInput input) {
        return views.reply(answers.answer(pageKey, requestId, input == null ? null : input.text()));
    }
}
