package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.plugin.ao.Outbox;
import works.async.sandbox.SandboxClient.Reply;

/** Test set-up shared by the HTTP and browser tests of a sandbox started with {@code --fail-mail-to}. */
public final class FailingMail {

    private FailingMail() {
    }

    /**
     * Alice asks each recipient on the issue; their level-1 escalations are decided now and due at once, and one
     * escalation pass runs. This writes what the planner writes once a window is breached in working hours, at the
     * sandbox's own instant, instead of waiting a working day for it.
     *
     * @return request id by recipient
     */
    public static Map<String, String> escalatedNow(RunningSandbox sandbox, String issue, List<String> recipients) {
        SandboxClient client = new SandboxClient(sandbox);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String recipient : recipients) {
            Reply created = client.postJson("alice", SandboxClient.REST + "/issues/" + issue + "/reply-requests",
                    SandboxClient.json(Map.of("recipient", recipient, "question", "Ship it?")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.put(recipient, created.json().get("id").asText());
        }
        Instant now = sandbox.services().clock.instant();
        List<Notification> decided = ids.entrySet().stream().map(e -> new Notification(
                new NotificationKey(e.getValue(), DeadlineKind.REPLY, 1), e.getKey(), e.getKey(), now, now, false))
                .toList();
        new Outbox(sandbox.services().pluginAo).write(decided);
        sandbox.services().escalation.runOnce();
        return ids;
    }
}
