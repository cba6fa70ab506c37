/*
 * Async Work: the policy form (global, project or space). Inputs hold readable text (hours, percent, one entry per
 * line); this script turns them into the API's JSON (minutes, fractions, objects). An empty input inherits.
 * Input it cannot read is marked next to its field before anything is sent; the server's refusals land the same way.
 */
(function (window) {
    'use strict';

    var AW = window.AsyncWork;

    function lines(text) {
        return text.split(/\r?\n/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
    }

    function hours(text, path, bad) {
        var n = Number(text.trim().replace(',', '.'));
        if (!isFinite(n) || text.trim() === '') {
            bad.push(path);
            return null;
        }
        return Math.round(n * 60);
    }

    /** The JSON value of one field, or null to inherit. */
    function valueOf(field, global, bad) {
        var kind = field.getAttribute('data-kind');
        var path = field.getAttribute('data-path');
        var input = field.querySelector('input, textarea, select');
        var text = input.value;
        if (text.trim() === '' && kind !== 'textarea' && kind !== 'text') {
            return kind === 'list' || kind === 'dates' ? (global ? [] : null) : null;
        }
        switch (kind) {
        case 'boolean':
            return text === 'true';
        case 'hours':
            return hours(text, path, bad);
        case 'percent':
            var p = Number(text.trim());
            if (!isFinite(p)) {
                bad.push(path);
                return null;
            }
            return p / 100;
        case 'target':
            // A group is named in the input beside the choice; an empty name is refused by the server, next to it.
            return text === 'GROUP' ? { kind: 'GROUP', group: field.querySelector('.async-work-target-group').value.trim() }
                : { kind: text, group: null };
        case 'list':
            return lines(text).map(function (name) {
                if (path === 'ownership.coordinators') {
                    return name.indexOf('group:') === 0 ? { kind: 'GROUP', name: name.substring(6) } : { kind: 'USER', name: name };
                }
                return name;
            });
        case 'dates':
            return lines(text);
        case 'priorities':
            var windows = {};
            lines(text).forEach(function (line) {
                var eq = line.indexOf('=');
                var name = eq < 0 ? line : line.substring(0, eq).trim();
                windows[name] = eq < 0 ? null : hours(line.substring(eq + 1), path, bad);
            });
            return windows;
        case 'pattern':
            var week = {};
            lines(text).forEach(function (line) {
                var parts = line.split(/\s+/);
                week[parts[0].toUpperCase()] = parts.slice(1).map(function (span) {
                    var dash = span.indexOf('-');
                    return dash < 0 ? [span, ''] : [span.substring(0, dash), span.substring(dash + 1)];
                });
            });
            return week;
        default:
            // Text is stored exactly as typed; at a project or space an empty text inherits.
            return text === '' && !global ? null : text;
        }
    }

    function put(body, path, value) {
        var keys = path.split('.');
        var node = body;
        for (var i = 0; i < keys.length - 1; i++) {
            node[keys[i]] = node[keys[i]] || {};
            node = node[keys[i]];
        }
        node[keys[keys.length - 1]] = value;
    }

    AW.onReady('.async-work-policy', function (root) {
        var form = root.querySelector('form');
        var global = root.getAttribute('data-global') === 'true';
        // The group name input is only asked for when the target is a group.
        root.querySelectorAll('.async-work-target-group').forEach(function (group) {
            var choice = group.parentNode.querySelector('select');
            function sync() {
                group.classList.toggle('hidden', choice.value !== 'GROUP');
            }
            choice.addEventListener('change', sync);
            sync();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            AW.clearErrors(root);
            var bad = [];
            var body = { version: parseInt(root.getAttribute('data-version'), 10) };
            root.querySelectorAll('.async-work-policy-field').forEach(function (field) {
                put(body, field.getAttribute('data-path'), valueOf(field, global, bad));
            });
            if (bad.length) {
                AW.fail(root, form, {
                    problems: bad.map(function (path) { return { field: path, message: AW.text(root, 'number') }; }),
                    message: AW.text(root, 'invalid')
                });
                return;
            }
            AW.busy(form, true);
            AW.api(root.getAttribute('data-rest-base'), 'PUT', root.getAttribute('data-rest-path'), body).then(function () {
                return AW.refresh(root).then(function (fresh) {
                    AW.message(fresh, 'success', AW.text(fresh, 'saved'));
                });
            }, function (problem) {
                AW.busy(form, false);
                if (problem.problems && problem.problems.length) {
                    problem.message = AW.text(root, 'invalid');
                }
                AW.fail(root, form, problem);
            });
        });
    });
}(window));
