package works.async.confluence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.page.WebModules.elements;
import static works.async.plugin.page.WebModules.scripts;
import static works.async.plugin.page.WebModules.text;
import static works.async.plugin.page.WebModules.texts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import works.async.plugin.page.AdministratorCondition;
import works.async.plugin.page.WebModules;

/**
 * The descriptor's pages, links, banner and web resources, as Confluence reads them: each link leads to a servlet,
 * each page marks its own menu entry as current, no servlet takes a change, the admin entries are for administrators,
 * and the scripts load only where they run.
 */
class WebModulesTest {

    private static final Pattern WEB_KEY = Pattern.compile("\"(async-work\\.confluence\\.web\\.[a-z.\\-]+)\"");

    private static WebModules descriptor;

    @BeforeAll
    static void read() throws Exception {
        descriptor = WebModules.fromClasspath();
    }

    @Test
    void eachPageIsAServletAtItsAddressAndNoneTakesAChange() throws ClassNotFoundException {
        Map<String, String> servlets = descriptor.servlets();

        assertThat(servlets).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/async-work/admin", GlobalPolicyServlet.class.getName(),
                "/async-work/outbox", OutboxServlet.class.getName(),
                "/async-work/space/*", SpaceServlet.class.getName(),
                "/async-work/settings", SettingsServlet.class.getName(),
                "/async-work/waiting", WaitingServlet.class.getName()));
        for (String name : servlets.values()) {
            assertThat(WebModules.changeHandlers(name)).as(name).isEmpty();
        }
    }

    @Test
    void everyMenuEntryLeadsToAServletAndSitsWhereItsPageMarksItCurrent() {
        Map<String, Element> items = descriptor.byKey("web-item");
        List<String> patterns = new ArrayList<>();
        descriptor.servlets().keySet().forEach(pattern -> patterns.add("/plugins/servlet" + pattern));

        assertThat(items).containsOnlyKeys(GlobalPolicyServlet.TAB, OutboxServlet.TAB, SpaceServlet.POLICY_ITEM,
                SpaceServlet.INSIGHTS_ITEM, "async-work-settings",
                "async-work-waiting");
        assertThat(items.values()).allSatisfy(item -> assertThat(patterns).anySatisfy(pattern -> {
            String link = text(item, "link");
            assertThat(pattern.endsWith("/*") ? link.startsWith(pattern.substring(0, pattern.length() - 1))
                    : link.equals(pattern)).as(link).isTrue();
        }));
        for (String admin : List.of(GlobalPolicyServlet.TAB, OutboxServlet.TAB)) {
            assertThat(items.get(admin).getAttribute("section")).isEqualTo(ConfluenceLayout.ADMIN_SECTION);
            assertThat(elements(items.get(admin), "condition")).singleElement().satisfies(condition ->
                    assertThat(condition.getAttribute("class")).isEqualTo(AdministratorCondition.class.getName()));
        }
        for (String space : List.of(SpaceServlet.POLICY_ITEM, SpaceServlet.INSIGHTS_ITEM)) {
            assertThat(items.get(space).getAttribute("section")).isEqualTo(ConfluenceLayout.SPACE_TOOLS_SECTION);
        }
        assertThat(text(items.get(SpaceServlet.POLICY_ITEM), "link"))
                .isEqualTo("/plugins/servlet/async-work/space/$generalUtil.urlEncode($helper.spaceKey)/policy");
        assertThat(text(items.get(SpaceServlet.INSIGHTS_ITEM), "link"))
                .isEqualTo("/plugins/servlet/async-work/space/$generalUtil.urlEncode($helper.spaceKey)/insights");
        assertThat(items.get("async-work-settings").getAttribute("section")).isEqualTo("system.user/user-preferences");
        // What waits for the user sits next to their working time, in the same user menu.
        assertThat(items.get("async-work-waiting").getAttribute("section")).isEqualTo("system.user/user-preferences");
        assertThat(text(items.get("async-work-waiting"), "link")).isEqualTo("/plugins/servlet/async-work/waiting");
    }

    @Test
    void theBannerIsAPanelOnPageViewRenderingTheSharedBannerThroughItsProvider() {
        assertThat(descriptor.byKey("web-panel")).containsOnlyKeys("async-work-page-banner");
        Element panel = descriptor.byKey("web-panel").get("async-work-page-banner");

        assertThat(panel.getAttribute("location")).isEqualTo("atl.page.metadata.banner");
        assertThat(elements(panel, "context-provider")).singleElement().satisfies(provider ->
                assertThat(provider.getAttribute("class")).isEqualTo(PageBannerContextProvider.class.getName()));
        assertThat(elements(panel, "resource")).singleElement().satisfies(view ->
                assertThat(view.getAttribute("location")).isEqualTo("templates/banner/page-banner.vm"));
    }

    @Test
    void thePagesScriptsLoadOnlyWhereTheServletsRequireThemAndThePageViewsOnlyOnPageView() {
        String pluginKey = descriptor.root().getAttribute("key").replace("${confluence.plugin.key}",
                "works.async.confluence");
        Map<String, Element> resources = descriptor.byKey("web-resource");

        assertThat(ConfluencePages.WEB_RESOURCE).isEqualTo(pluginKey + ":async-work-ui");
        assertThat(texts(resources.get("async-work-ui"), "context")).isEmpty();
        assertThat(texts(resources.get("async-work-base"), "context")).isEmpty();
        assertThat(texts(resources.get("async-work-page"), "context")).containsExactly("viewcontent");
        assertThat(resources.values()).allSatisfy(resource -> assertThat(texts(resource, "dependency"))
                .contains("com.atlassian.auiplugin:ajs"));
        for (String key : List.of("async-work-page", "async-work-ui")) {
            assertThat(texts(resources.get(key), "dependency")).contains(pluginKey + ":async-work-base");
        }
        assertThat(scripts(resources.get("async-work-page"))).contains("js/async-work/banner.js",
                "js/async-work/panel.js");
        assertThat(scripts(resources.get("async-work-ui"))).contains("js/async-work/policy.js",
                "js/async-work/settings.js", "js/async-work/outbox.js").doesNotContain("js/async-work/banner.js");
        assertThat(resources.values()).flatMap(WebModules::scripts).allSatisfy(location ->
                assertThat(WebModulesTest.class.getResource("/" + location)).as(location).isNotNull());
    }

    @Test
    void everyTextOfThePagesAndTheirMenuEntriesIsInTheConfluenceBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : List.of("web-item", "web-panel")) {
            for (Element element : elements(descriptor.root(), module)) {
                used.add(elements(element, "label").get(0).getAttribute("key"));
            }
        }
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/works/async/confluence/web"))) {
            for (Path source : sources.toList()) {
                Matcher m = WEB_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/async-work-confluence.properties")) {
            bundle.load(in);
        }

        assertThat(used).hasSizeGreaterThan(10)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
