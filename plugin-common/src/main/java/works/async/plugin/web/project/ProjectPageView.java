package works.async.plugin.web.project;

import java.util.List;

import works.async.plugin.web.ViewModel;
import works.async.plugin.web.macro.AgreementView;
import works.async.plugin.web.panel.ReportLinkView;

/**
 * A Jira project's page: its reports, newest first, the "new report from draft" action, and its working agreement.
 *
 * @param projectKey the project's key
 * @param heading    "Project DEMO: Demo project"
 * @param reports    reports published on the page, newest first
 * @param mayCreate  whether the viewer may draft and publish a report here
 * @param agreement  the project's working agreement and where its acknowledgements stand
 * @param restBase   where the REST API lives
 * @param policyHref the project's policy page, for those who may change it; null for everyone else
 */
@ViewModel
public record ProjectPageView(String projectKey, String heading, List<ReportLinkView> reports, boolean mayCreate,
                              AgreementView agreement, String restBase, String policyHref) {

    public ProjectPageView {
        reports = List.copyOf(reports);
    }

    public boolean hasReports() {
        return !reports.isEmpty();
    }
}
