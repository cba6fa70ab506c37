/*
 * Async Work: the policy form (global, project or space). Inputs hold readable text (hours, percent, one entry per
 * line); this script turns them into the API's JSON (minutes, fractions, objects). An empty input inherits.
 * Input it cannot read is marked next to its field; the rest of the draft is then checked by the server without being
 * saved (?dryRun=true), so one click shows every problem. Refusals land next to their fields and in a summary at the
 * top, whose links move focus to each field.
 */
(function (window, document) {
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

    /** The input of the field a problem names (its error slot's field group), or null. */
    function inputFor(form, path) {
        var slot = path ? AW.errorSlot(form, path) : null;
        var group = slot ? slot.closest('.async-work-policy-field') : null;
        return group ? group.querySelector('input, textarea, select') : null;
    }

    /**
     * Shows every problem next to its field and, at the top, an AUI error message listing them, each field's a link
     * to it in the order of the form; focus moves to the first field so the keyboard starts where the fixing does.
     */
    function showProblems(root, form, problems) {
        AW.fail(root, form, { problems: problems, message: AW.text(root, 'invalid') });
        var items = [];
        var byInput = [];
        problems.forEach(function (p) {
            var input = inputFor(form, p.field);
            var text = p.message || AW.text(root, 'error');
            var at = input ? byInput.indexOf(input) : -1;
            if (at >= 0) {
                items[at].texts.push(text);
                return;
            }
            items.push({ input: input, texts: [text] });
            byInput.push(input);
        });
        items.sort(function (a, b) {
            if (!a.input || !b.input) {
                return a.input ? -1 : (b.input ? 1 : 0);
            }
            return a.input.compareDocumentPosition(b.input) & window.Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        var bar = root.querySelector('.async-work-messages');
        if (!bar) {
            return;
        }
        while (bar.firstChild) {
            bar.removeChild(bar.firstChild);
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-error async-work-policy-summary';
        box.setAttribute('role', 'alert');
        var title = document.createElement('p');
        title.className = 'title';
        title.textContent = AW.text(root, 'summary');
        box.appendChild(title);
        var list = document.createElement('ul');
        items.forEach(function (item) {
            var li = document.createElement('li');
            if (item.input) {
                var label = form.querySelector('label[for="' + item.input.id + '"]');
                var link = document.createElement('a');
                link.href = '#' + item.input.id;
                link.textContent = (label ? label.textContent.trim() + ': ' : '') + item.texts.join(' ');
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    item.input.focus();
                });
                li.appendChild(link);
            } else {
                li.textContent = item.texts.join(' ');
            }
            list.appendChild(li);
        });
        box.appendChild(list);
        bar.appendChild(box);
        var first = items.length && items[0].input;
        if (first) {
            first.focus();
        }
    }

    AW.onReady('.async-work-policy', function (root) {
        var form = root.querySelector('form.async-work-policy-form');
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
            var base = root.getAttribute('data-rest-base');
            var path = root.getAttribute('data-rest-path');
            AW.busy(form, true);
            if (bad.length) {
                // What could not be read is left out (null) and the server checks the rest without saving it.
                var local = bad.map(function (p) { return { field: p, message: AW.text(root, 'number') }; });
                AW.api(base, 'PUT', path + '?dryRun=true', body).then(function () {
                    AW.busy(form, false);
                    showProblems(root, form, local);
                }, function (problem) {
                    AW.busy(form, false);
                    var remote = problem.problems && problem.problems.length ? problem.problems
                        : (problem.field ? [problem] : []);
                    // A value left out may be missed by the server too (a priority without its window): say it once.
                    showProblems(root, form, local.concat(remote.filter(function (r) {
                        return !bad.some(function (b) {
                            var f = String(r.field || '');
                            return f === b || f.indexOf(b + '.') === 0 || f.indexOf(b + '[') === 0;
                        });
                    })));
                    if (!remote.length) {
                        AW.fail(root, null, problem);
                    }
                });
                return;
            }
            AW.api(base, 'PUT', path, body).then(function () {
                return AW.refresh(root).then(function (fresh) {
                    AW.message(fresh, 'success', AW.text(fresh, 'saved'));
                });
            }, function (problem) {
                AW.busy(form, false);
                if (problem.problems && problem.problems.length) {
                    showProblems(root, form, problem.problems);
                } else if (problem.field && inputFor(form, problem.field)) {
                    showProblems(root, form, [problem]);
                } else {
                    AW.fail(root, form, problem);
                }
            });
        });
    });
}(window, document));
