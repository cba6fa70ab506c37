/*
 * Async Work: feedback on a meeting-replacement report (acknowledge, comment, question, objection).
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
            AW.api(base, 'POST', '/reports/' + encodeURIComponent(root.getAttribute('data-report-id')) + '/feedback', body)
                .then(function () {
                    return AW.refresh(root);
                }, function (problem) {
                    AW.busy(form, false);
                    AW.fail(root, form, problem);
                });
        });
    });
}(window));
