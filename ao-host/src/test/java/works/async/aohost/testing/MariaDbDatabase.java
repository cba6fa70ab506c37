package works.async.aohost.testing;

/** A database of one test class's own on the shared MariaDB server; closing it drops it. */
public final class MariaDbDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Runnable drop;

    MariaDbDatabase(String url, String user, String password, Runnable drop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    /** A {@code jdbc:mariadb://} URL for the database. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        drop.run();
    }
}
