/*
 * Async Work: shared helpers for every screen (REST calls, per-field errors, refresh, zone arithmetic).
 * Vanilla JS, no build step. User text only ever goes through textContent or input values, never innerHTML.
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork = window.AsyncWork || {};

    /** Calls the REST API with a JSON body; resolves to the parsed body, rejects with {status, error, message, field}. */
    AW.api = function (base, method, path, body) {
        var init = {
            method: method,
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json' }
        };
        if (body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body);
        }
        return window.fetch(base + path, init).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (ignored) {
                    json = null;
                }
                if (!response.ok) {
                    var problem = json && typeof json === 'object' ? json : {};
                    return Promise.reject({
                        status: response.status,
                        error: problem.error || 'http_' + response.status,
                        message: problem.message || null,
                        field: problem.field || null,
                        problems: Array.isArray(problem.problems) ? problem.problems : null
                    });
                }
                return json;
            });
        }, function () {
            return Promise.reject({ status: 0, error: 'network', message: null, field: null });
        });
    };

    /** Removes every error shown in a container (field errors and the message bar). */
    AW.clearErrors = function (container) {
        container.querySelectorAll('[data-error-for]').forEach(function (el) {
            el.textContent = '';
        });
        container.querySelectorAll('.async-work-invalid').forEach(function (el) {
            el.classList.remove('async-work-invalid');
            el.removeAttribute('aria-invalid');
        });
        var bar = messages(container);
        if (bar) {
            while (bar.firstChild) {
                bar.removeChild(bar.firstChild);
            }
        }
    };

    /**
     * Shows a REST error next to the field it names ("week.MONDAY[0]" falls back to "week.MONDAY", then "week"),
     * or in the message bar of the screen when no field matches.
     */
    AW.showError = function (container, problem, fallbackText) {
        var text = problem.message || fallbackText || AW.text(container, 'error');
        var slot = problem.field ? AW.errorSlot(container, problem.field) : null;
        if (slot) {
            slot.textContent = text;
            var group = slot.closest('.field-group, tr, fieldset, .async-work-policy-field');
            if (group) {
                var input = group.querySelector('input, textarea, select');
                if (input) {
                    input.classList.add('async-work-invalid');
                    input.setAttribute('aria-invalid', 'true');
                }
            }
            return slot;
        }
        AW.message(container, 'error', text);
        return null;
    };

    /**
     * Shows a refusal: next to its field when the form has a slot for it, else in the screen's message bar.
     * A network failure says that nothing was saved.
     */
    AW.fail = function (root, form, problem) {
        var fallback = AW.text(root, problem.status === 0 ? 'network' : 'error');
        var all = problem.problems && problem.problems.length ? problem.problems : [problem];
        var unplaced = [];
        all.forEach(function (p) {
            var slot = form && p.field ? AW.errorSlot(form, p.field) : null;
            if (slot) {
                // Several problems may land on one field (two bad intervals of a day): keep them all.
                var before = slot.textContent;
                AW.showError(form, p, fallback);
                if (before && before !== slot.textContent) {
                    slot.textContent = before + ' ' + slot.textContent;
                }
            } else {
                unplaced.push(p.message || fallback);
            }
        });
        if (unplaced.length || all.length > 1) {
            AW.message(root, 'error', unplaced.length ? unplaced.join(' ') : (problem.message || fallback));
        }
    };

    /** The error slot for a field path, trying less specific paths until one exists. */
    AW.errorSlot = function (container, field) {
        var path = String(field);
        while (path) {
            var found = null;
            container.querySelectorAll('[data-error-for]').forEach(function (el) {
                if (!found && el.getAttribute('data-error-for') === path) {
                    found = el;
                }
            });
            if (found) {
                return found;
            }
            var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut > 0 ? path.substring(0, cut) : '';
        }
        return null;
    };

    /** Shows an AUI message (type: success, info, warning, error) at the top of a screen. */
    AW.message = function (container, type, text) {
        var bar = messages(container);
        if (!bar) {
            return;
        }
        while (bar.firstChild) {
            bar.removeChild(bar.firstChild);
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-' + type;
        var p = document.createElement('p');
        p.textContent = text;
        box.appendChild(p);
        bar.appendChild(box);
    };

    /**
     * Re-renders a screen element (found by its id or its selector) from the server, so that what is shown after an
     * action is exactly what the server now says. The new markup is server-rendered and escaped; it is parsed in
     * an inert document and moved over node by node.
     */
    AW.refresh = function (element, selector) {
        var key = selector || (element.id ? '#' + element.id : null);
        if (!key) {
            window.location.reload();
            return Promise.resolve(element);
        }
        return window.fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.text(); })
            .then(function (html) {
                var doc = new window.DOMParser().parseFromString(html, 'text/html');
                var fresh = doc.querySelector(key);
                if (!fresh) {
                    window.location.reload();
                    return element;
                }
                var adopted = document.importNode(fresh, true);
                element.parentNode.replaceChild(adopted, element);
                document.dispatchEvent(new window.CustomEvent('async-work:refreshed', { detail: adopted }));
                return adopted;
            });
    };

    /**
     * Says {@code text} to assistive technology through one polite live region that outlives every re-render (a
     * region inserted together with its text is often not read out), and shows it in the screen's message bar.
     */
    AW.announce = function (screen, text) {
        if (!text) {
            return;
        }
        var region = document.getElementById('async-work-live');
        if (!region) {
            region = document.createElement('div');
            region.id = 'async-work-live';
            region.className = 'assistive';
            region.setAttribute('aria-live', 'polite');
            region.setAttribute('role', 'status');
            document.body.appendChild(region);
        }
        // Cleared first so that the same words after a second action are read again.
        region.textContent = '';
        window.setTimeout(function () { region.textContent = text; }, 50);
        if (screen) {
            AW.message(screen, 'success', text);
        }
    };

    /**
     * Where focus was inside a screen before an action, so that it can return there once the screen is re-rendered:
     * the reply request, report or ownership block the person acted on, by a selector the new markup also has.
     */
    AW.focusHint = function (screen) {
        var active = document.activeElement;
        if (!active || !screen.contains(active)) {
            return null;
        }
        var reply = active.closest('[data-reply-id]');
        if (reply) {
            return '[data-reply-id="' + reply.getAttribute('data-reply-id') + '"]';
        }
        var section = active.closest('section[class*="async-work-"]');
        if (section) {
            var own = Array.prototype.filter.call(section.classList, function (c) {
                return c !== 'async-work-section' && c.indexOf('async-work-') === 0;
            })[0];
            if (own) {
                return 'section.' + own;
            }
        }
        return null;
    };

    /**
     * Puts focus back after a re-render: on what the hint names if the new markup still has it (a reply request
     * that is now answered sits in the folded closed list: then on that list's summary), else on the screen's
     * message bar, which says what happened.
     */
    AW.restoreFocus = function (fresh, hint) {
        var target = (hint && fresh.querySelector(hint)) || fresh.querySelector('.async-work-messages') || fresh;
        // Inside a folded list (answered requests): its summary, which says where the request went and opens it.
        var details = target.closest('details');
        if (details && !details.open && details.querySelector('summary')) {
            target = details.querySelector('summary');
        }
        if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/.test(target.tagName)) {
            target.setAttribute('tabindex', '-1');
        }
        target.focus();
    };

    /**
     * After a successful in-place action: re-renders the screen from the server (the banner follows through
     * 'async-work:refreshed'), says what happened ({@code textKey}: a data-text-KEY of the screen) and returns focus
     * to what was acted on. No navigation: the page stays where it is.
     */
    AW.afterAction = function (screen, textKey, hint) {
        var focus = hint === undefined ? AW.focusHint(screen) : hint;
        return AW.refresh(screen).then(function (fresh) {
            if (fresh && document.contains(fresh)) {
                AW.announce(fresh, textKey ? AW.text(fresh, textKey) : AW.text(fresh, 'updated'));
                AW.restoreFocus(fresh, focus);
            }
            return fresh;
        });
    };

    /** A UI text the template left in a data attribute of the screen (data-text-KEY), or the key itself. */
    AW.text = function (container, key) {
        var attr = '[data-text-' + key + ']';
        // The screen itself, a texts holder inside it (span.async-work-texts), or any screen of the page.
        var holder = container.closest(attr) || container.querySelector(attr) || document.querySelector(attr);
        return holder ? holder.getAttribute('data-text-' + key) : key;
    };

    /** Offset in milliseconds of a zone from UTC at an instant (positive east of Greenwich). */
    AW.zoneOffset = function (epochMillis, zone) {
        var parts = new window.Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', second: '2-digit'
        }).formatToParts(new Date(epochMillis));
        var v = {};
        parts.forEach(function (p) { v[p.type] = p.value; });
        var asUtc = Date.UTC(+v.year, +v.month - 1, +v.day, +v.hour % 24, +v.minute, +v.second);
        return asUtc - Math.floor(epochMillis / 1000) * 1000;
    };

    /**
     * Converts a local date-time "2026-03-10T17:00" meant in a zone (the profile zone, not the browser's) to an ISO
     * instant with Z. In a daylight-saving gap the later offset wins, as java.time does.
     */
    AW.localToInstant = function (local, zone) {
        var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '');
        if (!m) {
            return null;
        }
        var guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
        var first = guess - AW.zoneOffset(guess, zone);
        var second = guess - AW.zoneOffset(first, zone);
        return new Date(second).toISOString().replace('.000Z', 'Z');
    };

    /** Writes an instant in a zone the way the server does ("Tue 10 Mar 18:00"). */
    AW.formatInZone = function (iso, zone) {
        var d = new Date(iso);
        var parts = new window.Intl.DateTimeFormat('en-GB', {
            timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
            hourCycle: 'h23'
        }).formatToParts(d);
        var v = {};
        parts.forEach(function (p) { v[p.type] = p.value; });
        return v.weekday + ' ' + v.day + ' ' + v.month + ' ' + v.hour + ':' + v.minute;
    };

    /** Disables a form's buttons while a request runs, so a double click sends one request. */
    AW.busy = function (form, on) {
        form.querySelectorAll('button').forEach(function (b) {
            b.disabled = on;
            if (on) {
                b.setAttribute('aria-disabled', 'true');
            } else {
                b.removeAttribute('aria-disabled');
            }
        });
    };

    function messages(container) {
        return container.querySelector('.async-work-messages');
    }

    /** Runs a screen's set-up once the DOM is ready, and again on every element a refresh brings in. */
    AW.onReady = function (selector, setup) {
        function run(root) {
            if (root.matches && root.matches(selector)) {
                setup(root);
            }
            root.querySelectorAll(selector).forEach(setup);
        }
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', function () { run(document); });
        } else {
            run(document);
        }
        document.addEventListener('async-work:refreshed', function (e) { run(e.detail); });
    };

    /**
     * A working agreement's "acknowledge" button inside a screen (a project's page, the working-agreement macro):
     * records the viewer's acknowledgement at the button's REST path, then re-renders the screen from the server.
     */
    AW.acknowledgeAgreement = function (root) {
        var button = root.querySelector('[data-action=acknowledge]');
        if (!button) {
            return;
        }
        button.addEventListener('click', function () {
            AW.clearErrors(root);
            button.disabled = true;
            AW.api(root.getAttribute('data-rest-base'), 'POST', button.getAttribute('data-acknowledge-path'), {})
                .then(function () {
                    return AW.refresh(root).then(function (fresh) {
                        AW.message(fresh, 'success', AW.text(fresh, 'acknowledged'));
                    });
                }, function (problem) {
                    button.disabled = false;
                    AW.fail(root, null, problem);
                });
        });
    };

    // The working-agreement macro of a space (a project's page wires its own, inside its screen).
    AW.onReady('.async-work-agreement[data-rest-base]', AW.acknowledgeAgreement);
}(window, document));
