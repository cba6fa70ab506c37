package works.async.jira.web;

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
 * The descriptor's pages, links and web resources, as Jira reads them: each link leads to a servlet, each page marks
 * its own menu entry as current, no servlet takes a change, and the plugin's scripts load only where they run.
 */
class WebModulesTest {

    private static final Pattern WEB_KEY = Pattern.compile("\"(async-work\\.jira\\.web\\.[a-z.]+)\"");

    private static WebModules modules;
    private static Element root;

    @BeforeAll
    static void read() throws Exception {
        modules = WebModules.fromClasspath();
        root = modules.root();
    }

    @Test
    void eachPageIsAServletAtItsAddressAndNoneTakesAChange() throws ClassNotFoundException {
        Map<String, String> servlets = modules.servlets();

        assertThat(servlets).containsExactlyInAnyOrderEntriesOf(Map.of(
                "/async-work/admin", GlobalPolicyServlet.class.getName(),
                "/async-work/outbox", OutboxServlet.class.getName(),
                "/async-work/project/*", ProjectServlet.class.getName(),
                "/async-work/settings", SettingsServlet.class.getName(),
                "/async-work/waiting", WaitingServlet.class.getName()));
        for (String name : servlets.values()) {
            assertThat(WebModules.changeHandlers(name)).as(name).isEmpty();
        }
    }

    @Test
    void everyMenuEntryLeadsToAServletAndIsTheOneItsPageMarksCurrent() {
        Map<String, Element> items = modules.byKey("web-item");
        List<String> patterns = new ArrayList<>();
        for (Element servlet : elements(root, "servlet")) {
            patterns.add("/plugins/servlet" + text(servlet, "url-pattern"));
        }

        assertThat(items).containsOnlyKeys(GlobalPolicyServlet.TAB, OutboxServlet.TAB, ProjectServlet.POLICY_TAB,
                ProjectServlet.PAGE_ITEM, ProjectServlet.INSIGHTS_ITEM, "async-work-settings",
                "async-work-waiting");
        assertThat(items.values()).allSatisfy(item -> assertThat(patterns).anySatisfy(pattern -> {
            String link = text(item, "link");
            assertThat(pattern.endsWith("/*") ? link.startsWith(pattern.substring(0, pattern.length() - 1))
                    : link.equals(pattern)).as(link).isTrue();
        }));
        assertThat(items.get(GlobalPolicyServlet.TAB).getAttribute("section")).isEqualTo(PageLayout.ADMIN_SECTION);
        assertThat(items.get(OutboxServlet.TAB).getAttribute("section")).isEqualTo(PageLayout.ADMIN_SECTION);
        assertThat(items.get(ProjectServlet.POLICY_TAB).getAttribute("section")).isEqualTo(PageLayout.PROJECT_SECTION);
        assertThat(text(items.get(ProjectServlet.POLICY_TAB), "link"))
                .isEqualTo("/plugins/servlet/async-work/project/$projectKeyEncoded/policy");
        assertThat(items.get("async-work-settings").getAttribute("section")).isEqualTo("system.user.options/personal");
        // What waits for the user sits next to their working time, in the same user menu.
        assertThat(items.get("async-work-waiting").getAttribute("section")).isEqualTo("system.user.options/personal");
        assertThat(text(items.get("async-work-waiting"), "link")).isEqualTo("/plugins/servlet/async-work/waiting");
        for (String item : List.of(ProjectServlet.PAGE_ITEM, ProjectServlet.INSIGHTS_ITEM)) {
            assertThat(items.get(item).getAttribute("section")).isEqualTo("jira.project.sidebar.plugins.navigation");
        }
        assertThat(text(items.get(ProjectServlet.PAGE_ITEM), "link"))
                .isEqualTo("/plugins/servlet/async-work/project/$projectKeyEncoded");
        assertThat(text(items.get(ProjectServlet.INSIGHTS_ITEM), "link"))
                .isEqualTo("/plugins/servlet/async-work/project/$projectKeyEncoded/insights");
    }

    @Test
    void theAdminSectionAndItsEntriesAreShownToJiraAdministratorsOnly() {
        List<Element> admin = new ArrayList<>(elements(root, "web-section"));
        for (Element item : elements(root, "web-item")) {
            if (item.getAttribute("section").equals(PageLayout.ADMIN_SECTION)) {
                admin.add(item);
            }
        }

        assertThat(elements(root, "web-section")).singleElement().satisfies(section ->
                assertThat(section.getAttribute("location") + "/" + section.getAttribute("key"))
                        .isEqualTo(PageLayout.ADMIN_SECTION));
        assertThat(admin).hasSize(3).allSatisfy(module -> assertThat(elements(module, "condition"))
                .singleElement().satisfies(condition -> assertThat(condition.getAttribute("class"))
                        .isEqualTo(AdministratorCondition.class.getName())));
    }

    @Test
    void thePagesScriptsLoadOnlyWhereTheServletsRequireThemAndThePanelsOnlyOnTheIssueView() {
        String pluginKey = root.getAttribute("key");
        Map<String, Element> resources = modules.byKey("web-resource");

        assertThat(JiraPages.WEB_RESOURCE).isEqualTo(pluginKey + ":async-work-ui");
        assertThat(texts(resources.get("async-work-ui"), "context")).isEmpty();
        assertThat(texts(resources.get("async-work-base"), "context")).isEmpty();
        assertThat(texts(resources.get("async-work-issue"), "context")).containsExactly("jira.view.issue");
        assertThat(resources.values()).allSatisfy(resource -> assertThat(texts(resource, "dependency"))
                .contains("com.atlassian.auiplugin:ajs"));
        assertThat(texts(resources.get("async-work-issue"), "dependency")).contains(pluginKey + ":async-work-base");
        assertThat(texts(resources.get("async-work-ui"), "dependency")).contains(pluginKey + ":async-work-base");
        assertThat(scripts(resources.get("async-work-issue"))).containsExactly("js/async-work/panel.js");
        assertThat(scripts(resources.get("async-work-ui"))).contains("js/async-work/policy.js",
                "js/async-work/settings.js", "js/async-work/outbox.js").doesNotContain("js/async-work/panel.js");
        assertThat(resources.values()).flatMap(WebModules::scripts).allSatisfy(location ->
                assertThat(WebModulesTest.class.getResource("/" + location)).as(location).isNotNull());
    }

    @Test
    void everyTextOfThePagesAndTheirMenuEntriesIsInTheJiraBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : List.of("web-item", "web-section")) {
            for (Element element : elements(root, module)) {
                used.add(elements(element, "label").get(0).getAttribute("key"));
            }
        }
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/works/async/jira/web"))) {
            for (Path source : sources.toList()) {
                Matcher m = WEB_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/async-work-jira.properties")) {
            bundle.load(in);
        }

        assertThat(used).hasSizeGreaterThan(8)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
