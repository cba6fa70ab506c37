package works.async.sandbox.host;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** The Confluence-like half of the host: spaces, pages and page comments. */
public final class ConfluenceStore {

    private final ActiveObjects ao;

    public ConfluenceStore(ActiveObjects ao) {
        this.ao = ao;
    }

    public Space createSpace(String key, String name, List<String> admins) {
        return createSpace(key, name, admins, List.of());
    }

    /** A space only its members (and its admins) may view; no members: everyone may. */
    public Space createSpace(String key, String name, List<String> admins, List<String> members) {
        RequestCache.forget();
        SpaceEntity e = ao.create(SpaceEntity.class, new DBParam("SPACE_KEY", key));
        e.setName(name);
        e.setAdmins(Csv.join(admins));
        e.setMembers(Csv.join(members));
        e.save();
        return toSpace(e);
    }

    public Optional<Space> space(String key) {
        return RequestCache.get(new RequestCache.Key("space", key), () -> {
            SpaceEntity[] found = ao.find(SpaceEntity.class, Query.select().where("SPACE_KEY = ?", key));
            return found.length == 0 ? Optional.<Space>empty() : Optional.of(toSpace(found[0]));
        });
    }

    public List<Space> spaces() {
        return Arrays.stream(ao.find(SpaceEntity.class, Query.select().order("SPACE_KEY"))).map(ConfluenceStore::toSpace).toList();
    }

    public Page createPage(String spaceKey, String title, String storageBody, String creator) {
        RequestCache.forget();
        PageEntity e = ao.create(PageEntity.class, new DBParam("SPACE_KEY", spaceKey));
        e.setTitle(title);
        e.setBody(storageBody);
        e.setCreator(creator);
        e.save();
        return toPage(e);
    }

    /** Replaces a page's storage-format body (the demo pages name their own id in macro parameters). */
    public Page updateBody(long id, String storageBody) {
        RequestCache.forget();
        PageEntity e = ao.get(PageEntity.class, (int) id);
        e.setBody(storageBody);
        e.save();
        return toPage(e);
    }

    /** Replaces a page's title and storage-format body, as the page editor saves them. */
    public Page updatePage(long id, String title, String storageBody) {
        RequestCache.forget();
        PageEntity e = ao.get(PageEntity.class, (int) id);
        e.setTitle(title);
        e.setBody(storageBody);
        e.save();
        return toPage(e);
    }

    /** The page by id; ids that are not numbers name no page. */
    public Optional<Page> page(String id) {
        return RequestCache.get(new RequestCache.Key("page", id), () -> load(id));
    }

    private Optional<Page> load(String id) {
        try {
            PageEntity e = ao.get(PageEntity.class, Integer.parseInt(id));
            return e == null ? Optional.empty() : Optional.of(toPage(e));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<Page> pages(String spaceKey) {
        return Arrays.stream(ao.find(PageEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey).order("ID")))
                .map(ConfluenceStore::toPage).toList();
    }

    Comment addComment(long pageId, String author, String body, Instant at) {
        RequestCache.forget();
        PageCommentEntity e = ao.create(PageCommentEntity.class, new DBParam("PAGE_ID", (int) pageId),
                new DBParam("AUTHOR", author), new DBParam("CREATED_AT", at.toEpochMilli()));
        e.setBody(body);
        e.save();
        return new Comment(e.getID(), author, body, at);
    }

    public List<Comment> comments(long pageId) {
        return Arrays.stream(ao.find(PageCommentEntity.class, Query.select().where("PAGE_ID = ?", (int) pageId).order("ID")))
                .map(e -> new Comment(e.getID(), e.getAuthor(), e.getBody(), Instant.ofEpochMilli(e.getCreatedAt()))).toList();
    }

    private static Space toSpace(SpaceEntity e) {
        return new Space(e.getSpaceKey(), e.getName(), Csv.split(e.getAdmins()), Csv.split(e.getMembers()));
    }

    private static Page toPage(PageEntity e) {
        return new Page(e.getID(), e.getSpaceKey(), e.getTitle(), e.getBody(), e.getCreator());
    }
}
