package works.async.sandbox.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the tests do to the nodes, as users do it over HTTP, and the ledger of what the nodes acknowledged (a 2xx
 * answer): the requests created, answered, withdrawn and renegotiated, and the issues assigned. Anything whose
 * answer was lost (the node died meanwhile) is remembered as attempted: it may exist, but at most once. The checks
 * at the end compare the ledger with the database.
 */
final class Workload {

    static final String ASKER = "alice";
    static final List<String> RECIPIENTS = List.of("bob", "carol", "dinesh", "emma");

    private final String tag;
    private final SharedClock clock;
    private final Random random;
    private final AtomicInteger sequence = new AtomicInteger();

    /** Acknowledged requests: id to its recipient. */
    final Map<String, String> created = new ConcurrentHashMap<>();
    /** Acknowledged creations: question to the ids answered (one per recipient). */
    final Map<String, Set<String>> acknowledgedQuestions = new ConcurrentHashMap<>();
    /** Every question sent, acknowledged or not. */
    final Set<String> attemptedQuestions = ConcurrentHashMap.newKeySet();
    final Set<String> answered = ConcurrentHashMap.newKeySet();
    final Set<String> withdrawn = ConcurrentHashMap.newKeySet();
    /** Acknowledged renegotiations: id to the new due time in epoch milliseconds. */
    final Map<String, Long> renegotiated = new ConcurrentHashMap<>();
    /** Acknowledged assignments: issue key and assignee. */
    final Set<List<String>> assigned = ConcurrentHashMap.newKeySet();
    final AtomicInteger unknownOutcomes = new AtomicInteger();
    final AtomicInteger notFoundOnAct = new AtomicInteger();

    Workload(String tag, SharedClock clock, long seed) {
        this.tag = tag;
        this.clock = clock;
        this.random = new Random(seed);
    }

    String questionPrefix() {
        return "crash " + tag + " ";
    }

    /** One reply request to two recipients on one of the demo issues; returns the node's status (-1: no answer). */
    int create(NodeClient client) {
        int n = sequence.incrementAndGet();
        String question = questionPrefix() + n;
        List<String> to = List.of(RECIPIENTS.get(n % 4), RECIPIENTS.get((n + 1) % 4));
        attemptedQuestions.add(question);
        NodeClient.Reply r = client.post(ASKER, NodeClient.REST + "/issues/DEMO-" + (1 + n % 8) + "/reply-requests",
                Map.of("recipients", to, "question", question, "workingMinutes", 60));
        if (r.status() == 201) {
            Set<String> ids = new HashSet<>();
            for (JsonNode request : r.json()) {
                ids.add(request.get("id").asText());
                created.put(request.get("id").asText(), request.get("recipient").asText());
            }
            acknowledgedQuestions.put(question, ids);
            return r.status();
        }
        expected(r, "create");
        return r.status();
    }

    /**
     * Answers, withdraws or renegotiates about half of the acknowledged open requests (a third each), each on a
     * node chosen at random among {@code clients}; returns how many were acknowledged.
     */
    int act(List<NodeClient> clients) {
        List<String> ids = new ArrayList<>(created.keySet());
        ids.removeAll(answered);
        ids.removeAll(withdrawn);
        ids.removeAll(renegotiated.keySet());
        java.util.Collections.sort(ids);
        java.util.Collections.shuffle(ids, random);
        int done = 0;
        for (String id : ids.subList(0, ids.size() / 2)) {
            NodeClient client = clients.get(random.nextInt(clients.size()));
            String recipient = created.get(id);
            int kind = random.nextInt(3);
            NodeClient.Reply r = actOnce(client, id, recipient, kind);
            // A pass may have changed the request meanwhile (its reminder): the user reloads and tries again.
            for (int retry = 0; retry < 5 && r.status() == 409 && r.body().contains("\"conflict\""); retry++) {
                sleep(200);
                r = actOnce(client, id, recipient, kind);
            }
            if (r.ok()) {
                done++;
            } else if (r.status() == 404) {
                // An acknowledged request the node no longer knows: lost, which checkWrites reports by its id.
                notFoundOnAct.incrementAndGet();
            } else {
                expected(r, "act on " + id);
            }
        }
        return done;
    }

    private NodeClient.Reply actOnce(NodeClient client, String id, String recipient, int kind) {
        NodeClient.Reply r;
        switch (kind) {
            case 0 -> {
                r = client.post(recipient, NodeClient.REST + "/reply-requests/" + id + "/answer", Map.of());
                if (r.ok()) {
                    answered.add(id);
                }
            }
            case 1 -> {
                r = client.post(ASKER, NodeClient.REST + "/reply-requests/" + id + "/withdraw",
                        Map.of("reason", "crash test"));
                if (r.ok()) {
                    withdrawn.add(id);
                }
            }
            default -> {
                Instant until = clock.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                r = client.post(recipient, NodeClient.REST + "/reply-requests/" + id + "/renegotiate",
                        Map.of("until", until.toString()));
                if (r.ok()) {
                    renegotiated.put(id, r.json().get("dueAt") == null ? until.toEpochMilli()
                            : Instant.parse(r.json().get("dueAt").asText()).toEpochMilli());
                }
            }
        }
        return r;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Assigns an issue through the host's form: the assignee is then asked to confirm ownership. */
    boolean assign(NodeClient.Session session, int issue) {
        String key = "DEMO-" + issue;
        String assignee = RECIPIENTS.get(random.nextInt(RECIPIENTS.size()));
        NodeClient.Reply r = session.assign(key, assignee);
        if (r.status() == 302 || r.status() == 303) {
            assigned.add(List.of(key, assignee));
            return true;
        }
        expected(r, "assign " + key);
        return false;
    }

    /** A refusal is a failure of the test, except an answer lost with its node (-1) or the database gone (503). */
    private void expected(NodeClient.Reply r, String what) {
        if (r.status() == -1 || r.status() == 503) {
            unknownOutcomes.incrementAndGet();
            return;
        }
        throw new AssertionError(what + " answered " + r.status() + ": " + r.body());
    }

    /** What the database holds against what was acknowledged; prints and returns the counts. */
    Map<String, Integer> checkWrites(Db db) {
        List<Db.Reply> rows = db.replies(questionPrefix());
        Map<String, Db.Reply> byId = new HashMap<>();
        Map<String, Integer> perQuestion = Db.tally(rows.stream().map(Db.Reply::question).toList());
        for (Db.Reply row : rows) {
            assertThat(byId.put(row.id(), row)).as("request %s stored twice", row.id()).isNull();
            assertThat(attemptedQuestions).as("a request nobody sent").contains(row.question());
        }
        perQuestion.forEach((question, count) -> assertThat(count)
                .as("rows of %s (two recipients each)", question).isLessThanOrEqualTo(2));
        acknowledgedQuestions.forEach((question, ids) -> assertThat(perQuestion.get(question))
                .as("acknowledged %s", question).isEqualTo(ids.size()));
        List<String> lost = created.keySet().stream().filter(id -> !byId.containsKey(id)).sorted().toList();
        assertThat(lost).as("acknowledged requests missing from the database (of %s acknowledged)", created.size()).isEmpty();
        for (String id : answered) {
            assertThat(byId.get(id).state()).as("answered %s", id).isEqualTo("ANSWERED");
        }
        for (String id : withdrawn) {
            assertThat(byId.get(id).state()).as("withdrawn %s", id).isEqualTo("WITHDRAWN");
        }
        renegotiated.forEach((id, until) -> assertThat(byId.get(id).renegotiatedDueAt())
                .as("renegotiated %s", id).isEqualTo(until));
        List<Db.Ownership> owned = db.ownerships();
        for (List<String> a : assigned) {
            assertThat(owned).as("ownership request of %s for %s", a.get(0), a.get(1))
                    .anyMatch(o -> o.item().equals(a.get(0)) && o.owner().equals(a.get(1)));
        }
        Map<String, Integer> openPerItem = Db.tally(owned.stream().filter(o -> o.endedAt() == null).map(Db.Ownership::item).toList());
        openPerItem.forEach((item, open) -> assertThat(open).as("open ownership requests of %s", item).isLessThanOrEqualTo(1));
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("creations acknowledged", acknowledgedQuestions.size());
        counts.put("requests acknowledged", created.size());
        counts.put("requests found", rows.size());
        counts.put("answers acknowledged", answered.size());
        counts.put("withdrawals acknowledged", withdrawn.size());
        counts.put("renegotiations acknowledged", renegotiated.size());
        counts.put("assignments acknowledged", assigned.size());
        counts.put("calls without an answer (node killed or database gone)", unknownOutcomes.get());
        return counts;
    }

    /**
     * Every notification the outbox planned was delivered, and the mail server recorded each once; returns the
     * deliveries per node (by the process ids each node ran as) and the repeats, which a product's mail server would
     * have sent twice.
     */
    static Map<String, Integer> checkNotifications(Db db, List<SandboxNode> nodes, Instant now) {
        List<Db.Outbox> all = db.outbox();
        // A notification planned for the addressee's next working morning may not be due yet: it is not late.
        List<Db.Outbox> notYetDue = all.stream().filter(o -> o.deliveredAt() == 0 && o.deliverAt() > now.toEpochMilli()).toList();
        List<Db.Outbox> outbox = all.stream().filter(o -> !notYetDue.contains(o)).toList();
        List<Db.Mail> mail = db.mail();
        List<Db.Mail> repeats = db.repeats();
        assertThat(outbox).as("notifications planned").isNotEmpty();
        assertThat(outbox).as("undelivered or parked notifications").allMatch(o -> o.deliveredAt() > 0);
        Set<String> planned = new HashSet<>(outbox.stream().map(Db.Outbox::noteKey).toList());
        assertThat(planned).as("one outbox row per notification and addressee").hasSize(outbox.size());
        List<String> mailed = mail.stream().map(Db.Mail::dedupeKey).toList();
        assertThat(new HashSet<>(mailed)).as("mail recorded once per planned notification").hasSize(mailed.size())
                .isEqualTo(planned);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("notifications planned and due", outbox.size());
        counts.put("notifications planned, not due yet", notYetDue.size());
        counts.put("notifications delivered", mail.size());
        for (SandboxNode node : nodes) {
            Set<String> pids = new HashSet<>(node.pids());
            counts.put("delivered by " + node.name, (int) mail.stream().filter(m -> pids.contains(m.deliveredBy())).count());
            counts.put("repeated by " + node.name, (int) repeats.stream().filter(m -> pids.contains(m.deliveredBy())).count());
        }
        counts.put("repeats", repeats.size());
        return counts;
    }
}
