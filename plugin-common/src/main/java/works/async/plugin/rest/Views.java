package works.async.plugin.rest;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.plugin.access.People;
import works.async.plugin.item.ItemView;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;

/** Turns application values into response bodies, adding people's names and zones for local times. */
public final class Views {

    /** A person's local time as the picker shows it next to their name. */
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final People people;
    private final Clock clock;

    public Views(People people, Clock clock) {
        this.people = Objects.requireNonNull(people, "people");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Json.User user(HostUser user) {
        return new Json.User(user.key(), user.username(), user.displayName(), user.zone().getId(),
                LOCAL_TIME.format(clock.instant().atZone(user.zone())));
    }

    static Json.Item item(ItemRef ref, String title) {
        return new Json.Item(ref.kind().name(), ref.containerKey(), ref.itemKey(), title);
    }

    Json.Ownership ownership(OwnershipRequest r) {
        if (r == null) {
            return null;
        }
        Optional<HostUser> owner = people.byKey(r.owner());
        return new Json.Ownership(r.id(), r.owner(), owner.map(HostUser::displayName).orElse(r.owner()), r.state().name(),
                Parse.text(r.openedAt()), Parse.text(r.dueAt()),
                r.committedDate() == null ? null : r.committedDate().toString(), r.declineReason(), r.requestedBy(),
                r.actedBy(), r.onBehalf(), Parse.text(r.actedAt()), owner.map(u -> u.zone().getId()).orElse(null));
    }

    public Json.ReplyRequest reply(ReplyRequest r) {
        Optional<HostUser> asker = people.byKey(r.asker());
        Optional<HostUser> recipient = people.byKey(r.recipient());
        return new Json.ReplyRequest(r.id(), r.groupId(), item(r.item(), null), r.asker(),
                asker.map(HostUser::displayName).orElse(r.asker()), r.recipient(),
                recipient.map(HostUser::displayName).orElse(r.recipient()),
                recipient.map(u -> u.zone().getId()).orElse(null), r.question(), r.state().name(),
                r.origin().kind().name(), r.origin().kind() == ReplyOrigin.Kind.AUTOMATIC_MENTION,
                r.window().toMinutes(), Parse.text(r.openedAt()), Parse.text(r.dueAt()), Parse.text(r.originalDueAt()),
                Parse.text(r.renegotiatedDueAt()), Parse.text(r.closedAt()), r.closedBy(), r.closeReason(),
                r.answerCommentId());
    }

    List<Json.ReplyRequest> replies(List<ReplyRequest> requests) {
        return requests.stream().map(this::reply).toList();
    }

    static Json.ReportSummary report(ReportSummary s) {
        return new Json.ReportSummary(s.id(), s.title(), s.author(), Parse.text(s.publishedAt()), Parse.text(s.closesAt()),
                s.state().name());
    }

    Json.ItemAsync itemAsync(ItemView view) {
        HostItem item = view.item();
        boolean issue = item.ref().kind() == ItemRef.Kind.JIRA_ISSUE;
        return new Json.ItemAsync(issue ? item.ref().itemKey() : null, issue ? null : item.ref().itemKey(),
                item(item.ref(), item.title()), ownership(view.ownership()), replies(view.replies()),
                view.reports().stream().map(Views::report).toList(),
                new Json.Viewer(view.viewer(), view.viewerMayAnswerOwnership(),
                        view.waitingForViewer().stream().map(ReplyRequest::id).toList()));
    }
}
