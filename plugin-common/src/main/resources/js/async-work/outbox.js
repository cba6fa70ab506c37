/*
 * Async Work: the administrators' outbox; "Retry" queues a failing or parked notification for the next pass.
 * The call is a JSON POST like every other change, which is what the host's XSRF check asks of a script.
 */
(function (window) {
    'use strict';

    var AW = window.AsyncWork;

    AW.onReady('.async-work-outbox', function (root) {
        var base = root.getAttribute('data-rest-base');
        root.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action=retry]');
            if (!button || !root.contains(button)) {
                return;
            }
            var row = button.closest('[data-outbox-id]');
            AW.clearErrors(root);
            AW.busy(row, true);
            AW.api(base, 'POST', '/outbox/' + encodeURIComponent(row.getAttribute('data-outbox-id')) + '/retry', {})
                .then(function () {
                    return AW.refresh(root).then(function (fresh) {
                        AW.message(fresh, 'success', AW.text(fresh, 'retried'));
                    });
                }, function (problem) {
                    AW.busy(row, false);
                    AW.fail(root, row, problem);
                });
        });
    });
}(window));
