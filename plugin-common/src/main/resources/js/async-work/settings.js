/*
 * Async Work: personal settings (working hours per day, several intervals a day, personal days off, time off),
 * and the due-time preview that shows what the hours mean ("a question asked now would be due ...").
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork;

    function readWeek(root) {
        var week = {};
        root.querySelectorAll('.async-work-day').forEach(function (row) {
            var intervals = [];
            row.querySelectorAll('.async-work-interval').forEach(function (span) {
                intervals.push([span.querySelector('[name=start]').value, span.querySelector('[name=end]').value]);
            });
            if (intervals.length) {
                week[row.getAttribute('data-day')] = intervals;
            }
        });
        return week;
    }

    function readTimeOff(root, zone) {
        var list = [];
        root.querySelectorAll('.async-work-absence').forEach(function (row) {
            if (row.closest('template')) {
                return;
            }
            var from = row.querySelector('[name=from]').value;
            var to = row.querySelector('[name=to]').value;
            if (from || to) {
                list.push({ from: AW.localToInstant(from, zone), to: AW.localToInstant(to, zone) });
            }
        });
        return list;
    }

    function preview(root) {
        var out = root.querySelector('.async-work-preview-due');
        if (!out) {
            return Promise.resolve();
        }
        var zone = root.getAttribute('data-zone');
        // No "from": the server counts from its own clock, the one every due time is computed from (the browser's
        // clock may be off, and a sandbox may run at a fixed instant).
        var path = '/calendar/preview?user=' + encodeURIComponent(root.getAttribute('data-user-key'))
            + '&workingMinutes=' + encodeURIComponent(out.getAttribute('data-minutes'));
        return AW.api(root.getAttribute('data-rest-base'), 'GET', path).then(function (answer) {
            // Says whose clock it is, as every time the server writes does: "Wed 2 Dec 17:00 (your time, Europe/Berlin)".
            out.textContent = AW.formatInZone(answer.dueAt, zone) + ' (' + AW.text(root, 'whose') + ', ' + zone + ')';
            out.setAttribute('data-due-at', answer.dueAt);
        }, function (problem) {
            out.textContent = problem.message || '';
        });
    }

    function cloneTemplate(id) {
        var template = document.getElementById(id);
        return document.importNode(template.content, true);
    }

    AW.onReady('.async-work-settings', function (root) {
        var zone = root.getAttribute('data-zone');
        var form = root.querySelector('form');
        preview(root);

        root.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button) {
                return;
            }
            var action = button.getAttribute('data-action');
            if (action === 'add-interval') {
                button.parentNode.querySelector('.async-work-intervals')
                    .appendChild(cloneTemplate('async-work-interval-template'));
                root.querySelector('[name=usePolicy]').checked = false;
            } else if (action === 'remove-interval') {
                button.closest('.async-work-interval').remove();
                root.querySelector('[name=usePolicy]').checked = false;
            } else if (action === 'add-absence') {
                root.querySelector('.async-work-time-off').appendChild(cloneTemplate('async-work-absence-template'));
            } else if (action === 'remove-absence') {
                button.closest('.async-work-absence').remove();
            }
        });

        root.addEventListener('input', function (event) {
            if (event.target.closest('.async-work-interval')) {
                root.querySelector('[name=usePolicy]').checked = false;
            }
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var usePolicy = root.querySelector('[name=usePolicy]').checked;
            var body = {
                week: usePolicy ? null : readWeek(root),
                holidays: root.querySelector('[name=holidays]').value.split(/\s+/).filter(function (s) { return s; }),
                timeOff: readTimeOff(root, zone),
                version: parseInt(root.getAttribute('data-version'), 10)
            };
            AW.clearErrors(root);
            AW.busy(form, true);
            AW.api(root.getAttribute('data-rest-base'), 'PUT', '/schedules/me', body).then(function () {
                return AW.refresh(root).then(function (fresh) {
                    AW.message(fresh, 'success', AW.text(fresh, 'saved'));
                    return preview(fresh);
                });
            }, function (problem) {
                AW.busy(form, false);
                AW.fail(root, form, problem);
            });
        });
    });
}(window, document));
