package works.async.plugin.web.waiting;

import java.util.Map;
import java.util.Objects;

import works.async.plugin.waiting.WaitingForMe;
import works.async.plugin.web.ScreenLinks;
import works.async.plugin.web.Screens;

/**
 * The "waiting for me" page for hosts: the viewer's own waiting things and figures as a rendering, as
 * {@link Screens} gives the other screens (a page servlet of each product and the sandbox render it alike).
 */
public final class WaitingScreen {

    private final WaitingForMe waiting;
    private final Screens screens;
    private final ScreenLinks screenLinks;
    private final WaitingLinks links;

    public WaitingScreen(WaitingForMe waiting, Screens screens, ScreenLinks screenLinks, WaitingLinks links) {
        this.waiting = Objects.requireNonNull(waiting, "waiting");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.screenLinks = Objects.requireNonNull(screenLinks, "screenLinks");
        this.links = Objects.requireNonNull(links, "links");
    }

    /** The signed-in viewer's page; there is no way to ask for anyone else's. */
    public Screens.Rendering mine() {
        var screen = screens.screen();
        return new Screens.Rendering(Screens.WAITING, Map.of("waiting",
                WaitingAssembler.assemble(waiting.mine(), links, screenLinks.reportHref(), screen)));
    }
}
