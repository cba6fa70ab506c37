/*
 * Async Work: the issue panel, the action item and the open-questions macro.
 * Ownership (confirm, decline, confirm on behalf) and reply requests (request, answer, withdraw, renegotiate); on a
 * page, a question is answered in place (the answer becomes the recipient's page comment) and asked from the macro.
 * After every successful action the element is re-rendered from the server, which announces it
 * ('async-work:refreshed') so that the page banner follows without a reload; what happened is said through a live
 * region and focus returns to the request acted on.
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork;

    /**
     * The issue panel's issue, or the page macro's item: the action item's (an item of its page: /pages/{item key})
     * or the open-questions macro's page (/pages/{page id}).
     */
    function issuePath(root) {
        if (root.hasAttribute('data-issue-key')) {
            return '/issues/' + encodeURIComponent(root.getAttribute('data-issue-key'));
        }
        return '/pages/' + encodeURIComponent(root.getAttribute('data-item-key'));
    }

    /**
     * Runs an action, then re-renders the screen in place, says what happened ({@code done}: a data-text key) and
     * puts focus back on what was acted on (AW.afterAction); a refusal is shown next to its field.
     */
    function act(root, form, call, done) {
        var hint = AW.focusHint(root);
        AW.clearErrors(root);
        if (form) {
            AW.busy(form, true);
        }
        return call().then(function () {
            return AW.afterAction(root, done, hint);
        }, function (problem) {
            if (form) {
                AW.busy(form, false);
            }
            AW.fail(root, form, problem);
        });
    }

    function toggle(el, show) {
        if (el) {
            el.classList.toggle('hidden', !show);
            if (show) {
                var first = el.querySelector('input, textarea, select');
                if (first) {
                    first.focus();
                }
            }
        }
    }

    function setupPanel(root) {
        var base = root.getAttribute('data-rest-base');
        var zone = root.getAttribute('data-viewer-zone');

        root.addEventListener('submit', function (event) {
            var form = event.target;
            var action = form.getAttribute('data-action');
            event.preventDefault();
            if (action === 'confirm') {
                var body = {};
                var date = form.querySelector('[name=committedDate]').value;
                if (date) {
                    body.committedDate = date;
                }
                if (form.hasAttribute('data-on-behalf-of')) {
                    body.onBehalfOf = form.getAttribute('data-on-behalf-of');
                }
                act(root, form, function () { return AW.api(base, 'POST', issuePath(root) + '/ownership/confirm', body); },
                    'confirmed');
            } else if (action === 'decline') {
                var reason = form.querySelector('[name=reason]').value;
                act(root, form, function () { return AW.api(base, 'POST', issuePath(root) + '/ownership/decline', { reason: reason }); },
                    'declined');
            } else if (action === 'request') {
                requestReply(root, base, form);
            } else if (action === 'answer-in-place') {
                var answered = form.closest('[data-reply-id]');
                var text = form.querySelector('[name=text]').value;
                act(root, form, function () {
                    return AW.api(base, 'POST', issuePath(root) + '/reply-requests/'
                        + encodeURIComponent(answered.getAttribute('data-reply-id')) + '/answer', { text: text });
                }, 'answered');
            } else if (action === 'ask') {
                var asked = {
                    recipient: form.querySelector('[name=recipient]').value.trim(),
                    question: form.querySelector('[name=question]').value,
                    workingMinutes: parseInt(form.querySelector('[name=workingMinutes]').value, 10)
                };
                act(root, form, function () { return AW.api(base, 'POST', issuePath(root) + '/reply-requests', asked); }, 'requested');
            } else if (action === 'renegotiate') {
                var item = form.closest('[data-reply-id]');
                var local = form.querySelector('[name=until]').value;
                var until = AW.localToInstant(local, zone);
                if (!until) {
                    AW.clearErrors(root);
                    AW.fail(root, form, { field: 'until', message: AW.text(root, 'until') });
                    return;
                }
                act(root, form, function () {
                    return AW.api(base, 'POST', '/reply-requests/' + encodeURIComponent(item.getAttribute('data-reply-id'))
                        + '/renegotiate', { until: until });
                }, 'renegotiated');
            }
        });

        root.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button || button.type === 'submit') {
                return;
            }
            var action = button.getAttribute('data-action');
            var item = button.closest('[data-reply-id]');
            if (action === 'show-decline') {
                toggle(root.querySelector('.async-work-decline-form'), true);
            } else if (action === 'show-request') {
                toggle(root.querySelector('.async-work-request-form'), true);
                button.classList.add('hidden');
            } else if (action === 'hide-request') {
                toggle(root.querySelector('.async-work-request-form'), false);
                var opener = root.querySelector('[data-action=show-request]');
                if (opener) {
                    opener.classList.remove('hidden');
                }
            } else if (action === 'show-renegotiate' && item) {
                toggle(item.querySelector('.async-work-renegotiate-form'), true);
            } else if ((action === 'answer' || action === 'withdraw') && item) {
                act(root, null, function () {
                    return AW.api(base, 'POST', '/reply-requests/' + encodeURIComponent(item.getAttribute('data-reply-id'))
                        + '/' + action, {});
                }, action === 'answer' ? 'answered' : 'withdrawn');
            }
        });
    }

    /** One request per person named; the first refusal stops the rest and is shown next to its field. */
    function requestReply(root, base, form) {
        var names = form.querySelector('[name=recipients]').value.split(',')
            .map(function (s) { return s.trim(); })
            .filter(function (s) { return s.length > 0; });
        var question = form.querySelector('[name=question]').value;
        var minutes = parseInt(form.querySelector('[name=workingMinutes]').value, 10);
        if (names.length === 0) {
            names = [''];
        }
        act(root, form, function () {
            return names.reduce(function (chain, name) {
                return chain.then(function () {
                    return AW.api(base, 'POST', issuePath(root) + '/reply-requests',
                        { recipient: name, question: question, workingMinutes: minutes });
                });
            }, Promise.resolve());
        }, 'requested');
    }

    AW.onReady('.async-work-panel', setupPanel);
    AW.onReady('.async-work-action-item', setupPanel);
    AW.onReady('.async-work-questions', setupPanel);
}(window, document));
