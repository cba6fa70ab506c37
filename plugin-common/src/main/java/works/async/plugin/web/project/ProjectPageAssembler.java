package works.async.plugin.web.project;

import java.time.LocalDate;
import java.util.List;

import works.async.core.policy.EffectivePolicy;
import works.async.plugin.projectpage.ProjectPageActions.AgreementStanding;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostItem;
import works.async.plugin.web.Screen;
import works.async.plugin.web.macro.AgreementAssembler;
import works.async.plugin.web.panel.IssuePanelAssembler;

/** Builds a project page's view model from its reports and the project's effective policy. */
public final class ProjectPageAssembler {

    private ProjectPageAssembler() {
    }

    public static ProjectPageView assemble(HostItem project, List<ReportSummary> reports, boolean mayCreate,
                                           EffectivePolicy policy, AgreementStanding standing, String reportHref,
                                           Screen screen) {
        String key = project.ref().containerKey();
        String acknowledged = standing.acknowledgedAt().map(at -> screen.texts().get(
                "async.ui.project.agreement.acknowledged",
                screen.times().date(LocalDate.ofInstant(at, screen.viewer().zone())))).orElse(null);
        return new ProjectPageView(key, screen.texts().get("async.ui.project.heading", key, project.title()),
                reports.stream().map(r -> IssuePanelAssembler.report(r, reportHref, screen)).toList(), mayCreate,
                AgreementAssembler.assemble(policy, screen.texts()), acknowledged,
                screen.texts().count("async.ui.project.agreement.count", standing.count()), screen.restBase());
    }
}
