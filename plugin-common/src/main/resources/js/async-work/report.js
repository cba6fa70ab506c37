/*
 * Async Work: feedback on a meeting-replacement report (acknowledge, comment, question, objection). The report is
 * re-rendered in place after it (its reviewer table and outcome as the server now has them); the page banner follows.
 */
(function (window) {
    'use strict';

    var AW = window.AsyncWork;

    AW.onReady('.async-work-report', function (root) {
        var base = root.getAttribute('data-rest-base');
        root.addEventListener('submit', function (event) {
            var form = event.target;
            if (form.getAttribute('data-action') !== 'feedback') {
                return;
            }
            event.preventDefault();
            var checked = form.querySelector('[name=kind]:checked');
            var body = { kind: checked ? checked.value : null, text: form.querySelector('[name=text]').value };
            AW.clearErrors(root);
            AW.busy(form, true);
            // Focus returns to the reviewer table's outcome, the part that changed (a form that is gone cannot hold it).
            AW.api(base, 'POST', '/reports/' + encodeURIComponent(root.getAttribute('data-report-id')) + '/feedback', body)
                .then(function () {
                    return AW.afterAction(root, 'feedbacksent', null);
                }, function (problem) {
                    AW.busy(form, false);
                    AW.fail(root, form, problem);
                });
        });
    });
}(window));
