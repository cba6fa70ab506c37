/*
 * Async Work: a project's page. "New report from draft" fetches the draft of the project's recent work into an
 * editable form; publishing posts the edited report to the project's page through the reports API. Members
 * acknowledge the project's working agreement.
 */
(function (window) {
    'use strict';

    var AW = window.AsyncWork;

    function names(value) {
        return value.split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s.length > 0; });
    }

    function number(value) {
        return value === '' ? null : Number(value);
    }

    AW.onReady('.async-work-project', function (root) {
        var base = root.getAttribute('data-rest-base');
        var key = root.getAttribute('data-project-key');
        AW.acknowledgeAgreement(root);
        var form = root.querySelector('form[data-action=publish]');
        var start = root.querySelector('[data-action=draft]');
        if (!form || !start) {
            return;
        }
        start.addEventListener('click', function () {
            AW.clearErrors(root);
            start.disabled = true;
            AW.api(base, 'GET', '/projects/' + encodeURIComponent(key) + '/report-draft').then(function (draft) {
                form.querySelector('[name=title]').value = draft.title;
                form.querySelector('[name=body]').value = draft.body;
                // The policy's default reviewers are a proposal: the author may remove them before publishing.
                var required = form.querySelector('[name=requiredReviewers]');
                if (required.value.trim() === '' && Array.isArray(draft.requiredReviewers)) {
                    required.value = draft.requiredReviewers.join(', ');
                }
                form.hidden = false;
                start.hidden = true;
                form.querySelector('[name=body]').focus();
            }, function (problem) {
                start.disabled = false;
                AW.fail(root, form, problem);
            });
        });
        form.querySelector('[data-action=cancel]').addEventListener('click', function () {
            AW.clearErrors(root);
            form.hidden = true;
            start.hidden = false;
            start.disabled = false;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var body = {
                issue: key,
                title: form.querySelector('[name=title]').value,
                body: form.querySelector('[name=body]').value,
                meeting: {
                    name: form.querySelector('[name=meetingName]').value,
                    usualMinutes: number(form.querySelector('[name=usualMinutes]').value),
                    attendees: number(form.querySelector('[name=attendees]').value)
                },
                requiredReviewers: names(form.querySelector('[name=requiredReviewers]').value),
                optionalReviewers: names(form.querySelector('[name=optionalReviewers]').value)
            };
            AW.clearErrors(root);
            AW.busy(form, true);
            AW.api(base, 'POST', '/reports', body).then(function () {
                return AW.refresh(root).then(function (fresh) {
                    AW.message(fresh, 'success', AW.text(fresh, 'published'));
                });
            }, function (problem) {
                AW.busy(form, false);
                AW.fail(root, form, problem);
            });
        });
    });
}(window));
