package works.async.sandbox.host;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The Jira-like half of the host: projects, issues and issue comments. */
public final class JiraStore {

    private final ActiveObjects ao;

    public JiraStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public Project createProject(String key, String name, String lead, List<String> admins) {
        return createProject(key, name, lead, admins, List.of());
    }

    /** A project only its members (and its admins and lead) may browse; no members: everyone may. */
    public Project createProject(String key, String name, String lead, List<String> admins, List<String> members) {
        RequestCache.forget();
        ProjectEntity e = ao.create(ProjectEntity.class, new DBParam("PROJECT_KEY", key));
        e.setName(name);
        e.setLead(lead);
        e.setAdmins(Csv.join(admins));
        e.setMembers(Csv.join(members));
        e.save();
        return toProject(e);
    }

    public Optional<Project> project(String key) {
        return RequestCache.get(new RequestCache.Key("project", key), () -> {
            ProjectEntity[] found = ao.find(ProjectEntity.class, Query.select().where("PROJECT_KEY = ?", key));
            return found.length == 0 ? Optional.<Project>empty() : Optional.of(toProject(found[0]));
        });
    }

    public List<Project> projects() {
        return Arrays.stream(ao.find(ProjectEntity.class, Query.select().order("PROJECT_KEY"))).map(JiraStore::toProject).toList();
    }

    public Issue createIssue(Issue issue) {
        RequestCache.forget();
        IssueEntity e = ao.create(IssueEntity.class, new DBParam("ISSUE_KEY", issue.key()),
                new DBParam("PROJECT_KEY", issue.projectKey()));
        e.setIssueType(issue.type());
        e.setPriority(issue.priority());
        e.setSummary(issue.summary());
        e.setDescription(issue.description());
        e.setAssignee(issue.assignee());
        e.setReporter(issue.reporter());
        e.setResolved(issue.resolved());
        e.save();
        return toIssue(e);
    }

    public Optional<Issue> issue(String key) {
        return RequestCache.get(new RequestCache.Key("issue", key), () -> entity(key).map(JiraStore::toIssue));
    }

    public List<Issue> issues(String projectKey) {
        return Arrays.stream(ao.find(IssueEntity.class, Query.select().where("PROJECT_KEY = ?", projectKey).order("ID")))
                .map(JiraStore::toIssue).toList();
    }

    public List<Issue> allIssues() {
        return Arrays.stream(ao.find(IssueEntity.class, Query.select().order("ID"))).map(JiraStore::toIssue).toList();
    }

    void setAssignee(String issueKey, String assignee) {
        RequestCache.forget();
        IssueEntity e = entity(issueKey).orElseThrow();
        e.setAssignee(assignee);
        e.save();
    }

    void setResolved(String issueKey, Instant at) {
        RequestCache.forget();
        IssueEntity e = entity(issueKey).orElseThrow();
        e.setResolved(true);
        e.setResolvedAt(at.toEpochMilli());
        e.save();
    }

    /** The project's issues resolved at or after {@code since}, newest first, at most {@code limit}. */
    public List<Issue> resolvedSince(String projectKey, Instant since, int limit) {
        return Arrays.stream(ao.find(IssueEntity.class, Query.select()
                        .where("PROJECT_KEY = ? AND RESOLVED = ? AND RESOLVED_AT >= ?", projectKey, true, since.toEpochMilli())
                        .order("RESOLVED_AT DESC, ID DESC").limit(limit)))
                .map(JiraStore::toIssue).toList();
    }

    /** The project's unresolved issues, in key order (the sandbox's projects are small). */
    public List<Issue> unresolved(String projectKey) {
        return Arrays.stream(ao.find(IssueEntity.class, Query.select()
                        .where("PROJECT_KEY = ? AND RESOLVED = ?", projectKey, false).order("ID")))
                .map(JiraStore::toIssue).toList();
    }

    Comment addComment(String issueKey, String author, String body, Instant at) {
        RequestCache.forget();
        IssueCommentEntity e = ao.create(IssueCommentEntity.class, new DBParam("ISSUE_KEY", issueKey),
                new DBParam("AUTHOR", author), new DBParam("CREATED_AT", at.toEpochMilli()));
        e.setBody(body);
        e.save();
        return new Comment(e.getID(), author, body, at);
    }

    public List<Comment> comments(String issueKey) {
        return Arrays.stream(ao.find(IssueCommentEntity.class, Query.select().where("ISSUE_KEY = ?", issueKey).order("ID")))
                .map(e -> new Comment(e.getID(), e.getAuthor(), e.getBody(), Instant.ofEpochMilli(e.getCreatedAt()))).toList();
    }

    /** The next free key in a project (PROJECT-n). */
    public String nextIssueKey(String projectKey) {
        return projectKey + "-" + (ao.count(IssueEntity.class, "PROJECT_KEY = ?", projectKey) + 1);
    }

    private Optional<IssueEntity> entity(String key) {
        if (key == null) {
            return Optional.empty();
        }
        IssueEntity[] found = ao.find(IssueEntity.class, Query.select().where("ISSUE_KEY = ?", key));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static Project toProject(ProjectEntity e) {
        return new Project(e.getProjectKey(), e.getName(), e.getLead(), Csv.split(e.getAdmins()),
                Csv.split(e.getMembers()));
    }

    private static Issue toIssue(IssueEntity e) {
        return new Issue(e.getIssueKey(), e.getProjectKey(), e.getIssueType(), e.getPriority(), e.getSummary(),
                e.getDescription(), e.getAssignee(), e.getReporter(), e.isResolved());
    }
}
