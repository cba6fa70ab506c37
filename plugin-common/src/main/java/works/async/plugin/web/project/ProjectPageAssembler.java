package works.async.plugin.web.project;

import java.util.List;

import works.async.core.policy.EffectivePolicy;
import works.async.plugin.agreement.AgreementActions.AgreementStanding;
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
        return assemble(project, reports, mayCreate, policy, standing, reportHref, null, screen);
    }

    /** With a link to the project's policy page ({@code policyHref}), shown only when it is not null. */
    public static ProjectPageView assemble(HostItem project, List<ReportSummary> reports, boolean mayCreate,
                                           EffectivePolicy policy, AgreementStanding standing, String reportHref,
                                           String policyHref, Screen screen) {
        String key = project.ref().containerKey();
        return new ProjectPageView(key, screen.texts().get("async.ui.project.heading", key, project.title()),
                reports.stream().map(r -> IssuePanelAssembler.report(r, reportHref, screen)).toList(), mayCreate,
                AgreementAssembler.assemble(policy, standing, screen), screen.restBase(), policyHref);
    }
}
