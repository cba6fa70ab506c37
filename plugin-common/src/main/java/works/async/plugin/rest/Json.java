package works.async.plugin.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import works.async.plugin.agreement.AgreementActions;

/** The request and response bodies of the API, as plain records (instants and dates as ISO text). */
public final class Json {

    private Json() {
    }

    /** A person: key for requests, names for display, zone for local times. */
    /** The viewer's acknowledgement of a project's or space's working agreement (or null) and how many acknowledged it. */
    public record Agreement(String acknowledgedAt, long acknowledgements) {
        public static Agreement of(AgreementActions.AgreementStanding standing) {
            return new Agreement(standing.acknowledgedAt().map(Parse::text).orElse(null), standing.count());
        }
    }

    /** localTime: the person's wall-clock time now ("Thu 14:05"), so a picker can show it without the browser's clock. */
    public record User(String key, String username, String displayName, String zone, String localTime) {
    }

    /** A host group, by the name the host spells it with (what a policy stores). */
    public record Group(String name) {
    }

    /** Which item a request or report is on. */
    public record Item(String kind, String container, String key, String title) {
    }

    public record Ownership(String id, String owner, String ownerName, String state, String openedAt, String dueAt,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String committedDate,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String declineReason,
                     String requestedBy, String actedBy, boolean onBehalf, String actedAt, String ownerZone) {
    }

    public record ReplyRequest(String id, String groupId, Item item, String asker, String askerName, String recipient,
                        String recipientName, String recipientZone, String question, String state, String origin,
                        boolean automatic, long windowMinutes, String openedAt, String dueAt, String originalDueAt,
                        String renegotiatedDueAt, String closedAt, String closedBy, String closeReason,
                        String answerCommentId) {
    }

    public record ReportSummary(String id, String title, String author, String publishedAt, String closesAt, String state) {
    }

    /** {@code GET /issues/{key}/async} and {@code GET /pages/{id}/async}. */
    public record ItemAsync(@JsonInclude(JsonInclude.Include.NON_NULL) String issue,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String page,
                     Item item, Ownership ownership, List<ReplyRequest> replyRequests, List<ReportSummary> reports,
                     Viewer viewer) {
    }

    /** What the signed-in viewer may do, so the UI shows only the buttons that will work. */
    public record Viewer(String key, boolean mayAnswerOwnership, List<String> waitingForYou) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConfirmInput(String committedDate, String onBehalfOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclineInput(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AskInput(String recipient, List<String> recipients, String question, Integer workingMinutes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WithdrawInput(String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RenegotiateInput(String until) {
    }

    /** An answer written in place, stored as a page comment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AnswerInput(String text) {
    }

    public record Preview(String user, String zone, String from, String dueAt) {
    }
}
