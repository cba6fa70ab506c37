/*
 * Async Work: choosing people (and groups) wherever a field asks for them.
 *
 * An input or textarea marked data-async-picker="users" (or "groups") offers matching people as one types (display
 * name or user name, with each person's local time), keeps its value in the form the REST API already expects (user
 * names, separated by ", " in an input or one per line in a textarea, data-async-picker-multiple for several), and
 * refuses an unknown name next to the field before the form is sent. The field stays a text box: typing a user name
 * in full still works, and when the lookup endpoint fails (e.g. an older server without /groups) it is only that.
 * AW.PeopleList is the suggestion list itself, which the @mention component shares.
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork;
    var counter = 0;

    /** The REST base of the screen a field is on, or the one the host page announces. */
    AW.restBase = function (el) {
        var holder = el.closest('[data-rest-base]');
        if (holder) {
            return holder.getAttribute('data-rest-base');
        }
        var meta = document.querySelector('meta[name=async-work-rest]');
        return meta ? meta.getAttribute('content') : '/rest/async-work/1.0';
    };

    /** "{0} local time" with its argument, from a text left in a data-text-* attribute. */
    function format(text, arg) {
        return String(text).replace('{0}', arg);
    }

    /** Looks up people or groups; resolves to a list, rejects when the endpoint is missing or failing. */
    AW.lookupPeople = function (el, kind, query, limit) {
        var path = (kind === 'groups' ? '/groups' : '/users') + '?query=' + encodeURIComponent(query)
            + (kind === 'groups' ? '' : '&limit=' + (limit || 8));
        return AW.api(AW.restBase(el), 'GET', path).then(function (found) {
            return Array.isArray(found) ? found : Promise.reject({ status: 0 });
        });
    };

    /**
     * The listbox of suggestions under a field: arrows move, Enter chooses, Escape closes, a click chooses.
     * options.onChoose(entry) gets the chosen person ({username, displayName, localTime, key}) or group ({name}).
     */
    function PeopleList(field, options) {
        this.field = field;
        this.options = options;
        this.entries = [];
        this.active = -1;
        var id = 'async-work-picker-' + (++counter);
        var list = document.createElement('ul');
        list.className = 'async-work-picker-list hidden';
        list.id = id;
        list.setAttribute('role', 'listbox');
        this.list = list;
        // The list is the field's next sibling, placed under it when shown; the field itself stays where the
        // screen put it (screens find their inputs' neighbours through parentNode).
        field.parentNode.insertBefore(list, field.nextSibling);
        field.setAttribute('role', 'combobox');
        field.setAttribute('aria-autocomplete', 'list');
        field.setAttribute('aria-expanded', 'false');
        field.setAttribute('aria-controls', id);
        field.setAttribute('autocomplete', 'off');
        var self = this;
        field.addEventListener('keydown', function (e) { self.key(e); });
        field.addEventListener('blur', function () { self.close(); });
        list.addEventListener('mousedown', function (e) {
            // Choosing with the mouse must not blur the field first (that would close the list).
            e.preventDefault();
            var option = e.target.closest('[role=option]');
            if (option) {
                self.choose(parseInt(option.getAttribute('data-index'), 10));
            }
        });
    }

    PeopleList.prototype.isOpen = function () {
        return !this.list.classList.contains('hidden');
    };

    PeopleList.prototype.show = function (entries, kind) {
        var list = this.list;
        var field = this.field;
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        this.entries = entries;
        this.active = entries.length ? 0 : -1;
        if (!entries.length) {
            var none = document.createElement('li');
            none.className = 'async-work-picker-none';
            none.textContent = AW.text(field, kind === 'groups' ? 'picker-none-group' : 'picker-none');
            list.appendChild(none);
        }
        entries.forEach(function (entry, i) {
            var li = document.createElement('li');
            li.id = list.id + '-' + i;
            li.setAttribute('role', 'option');
            li.setAttribute('data-index', String(i));
            li.className = 'async-work-picker-option';
            var name = document.createElement('span');
            name.className = 'async-work-picker-name';
            name.textContent = kind === 'groups' ? entry.name : entry.displayName;
            li.appendChild(name);
            if (kind !== 'groups') {
                var user = document.createElement('span');
                user.className = 'async-work-picker-username';
                user.textContent = entry.username;
                li.appendChild(user);
                if (entry.localTime) {
                    var time = document.createElement('span');
                    time.className = 'async-work-picker-time';
                    time.textContent = format(AW.text(field, 'picker-local'), entry.localTime);
                    li.appendChild(time);
                }
            }
            list.appendChild(li);
        });
        // Siblings share an offset parent, so the field's offsets place the list right under it.
        list.style.left = field.offsetLeft + 'px';
        list.style.top = (field.offsetTop + field.offsetHeight) + 'px';
        list.style.minWidth = field.offsetWidth + 'px';
        list.classList.remove('hidden');
        field.setAttribute('aria-expanded', 'true');
        this.highlight();
    };

    PeopleList.prototype.close = function () {
        this.list.classList.add('hidden');
        this.field.setAttribute('aria-expanded', 'false');
        this.field.removeAttribute('aria-activedescendant');
        this.active = -1;
    };

    PeopleList.prototype.highlight = function () {
        var active = this.active;
        var field = this.field;
        this.list.querySelectorAll('[role=option]').forEach(function (li, i) {
            var on = i === active;
            li.classList.toggle('async-work-picker-active', on);
            li.setAttribute('aria-selected', on ? 'true' : 'false');
            if (on) {
                field.setAttribute('aria-activedescendant', li.id);
            }
        });
    };

    PeopleList.prototype.choose = function (index) {
        var entry = this.entries[index];
        this.close();
        if (entry) {
            this.options.onChoose(entry);
        }
    };

    PeopleList.prototype.key = function (e) {
        if (!this.isOpen()) {
            return;
        }
        var n = this.entries.length;
        if (e.key === 'ArrowDown' && n) {
            this.active = (this.active + 1) % n;
            this.highlight();
            e.preventDefault();
        } else if (e.key === 'ArrowUp' && n) {
            this.active = (this.active - 1 + n) % n;
            this.highlight();
            e.preventDefault();
        } else if (e.key === 'Enter' && this.active >= 0) {
            // Enter chooses; it must not also submit the form.
            e.preventDefault();
            this.choose(this.active);
        } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            this.close();
        } else if (e.key === 'Tab') {
            this.close();
        }
    };

    AW.PeopleList = PeopleList;

    /** Calls fn at most once per pause in typing. */
    AW.debounce = function (fn, ms) {
        var timer = null;
        return function () {
            var args = arguments;
            window.clearTimeout(timer);
            timer = window.setTimeout(function () { fn.apply(null, args); }, ms);
        };
    };

    // ---- the picker on a field ----

    function Picker(field) {
        this.field = field;
        this.kind = field.getAttribute('data-async-picker') === 'groups' ? 'groups' : 'users';
        this.multiple = field.hasAttribute('data-async-picker-multiple');
        this.lines = field.tagName === 'TEXTAREA';
        this.known = {};          // lower-case name -> person or group, everything the server confirmed
        this.degraded = false;    // the lookup endpoint failed: a plain text box from now on
        this.validValue = null;   // the value last checked and found entirely known
        var self = this;
        this.list = new PeopleList(field, { onChoose: function (entry) { self.chosen(entry); } });
        var chosen = document.createElement('div');
        chosen.className = 'async-work-picker-chosen';
        chosen.setAttribute('aria-live', 'polite');
        this.chosenBox = chosen;
        var list = this.list.list;
        list.parentNode.insertBefore(chosen, list.nextSibling);
        var search = AW.debounce(function () { self.suggest(); }, 150);
        field.addEventListener('input', function () {
            self.clearError();
            self.renderChosen();
            search();
        });
        field.addEventListener('focus', function () {
            // Back on a refused field, the error next to it is what matters, not suggestions for the refused name.
            if (self.segment().text && field.getAttribute('aria-invalid') !== 'true') {
                search();
            }
        });
        if (this.kind === 'users' && this.values().length) {
            // Names already there (a saved policy): confirm them quietly so that they show with their names (a group
            // shows as its name, so a saved group name needs no lookup).
            this.validate(true);
        }
    }

    Picker.prototype.separator = function () {
        return this.lines ? /\r?\n/ : /,/;
    };

    Picker.prototype.values = function () {
        return this.field.value.split(this.separator()).map(function (s) { return s.trim(); })
            .filter(function (s) { return s.length > 0; });
    };

    /** The name being typed: the text between the separators around the caret. */
    Picker.prototype.segment = function () {
        var value = this.field.value;
        var caret = this.field.selectionStart == null ? value.length : this.field.selectionStart;
        var sep = this.lines ? '\n' : ',';
        var start = this.multiple ? value.lastIndexOf(sep, caret - 1) + 1 : 0;
        var end = this.multiple ? value.indexOf(sep, caret) : -1;
        if (end < 0) {
            end = value.length;
        }
        return { start: start, end: end, text: value.substring(start, end).trim() };
    };

    Picker.prototype.kindOf = function (name) {
        // A coordinators list may also name a group, written "group:NAME" as the policy screen reads it.
        return this.kind === 'users' && name.indexOf('group:') === 0 ? 'groups' : this.kind;
    };

    Picker.prototype.bare = function (name) {
        return this.kindOf(name) === 'groups' && this.kind === 'users' ? name.substring(6) : name;
    };

    Picker.prototype.suggest = function () {
        var self = this;
        var seg = this.segment();
        if (this.degraded || !seg.text || document.activeElement !== this.field) {
            this.list.close();
            return;
        }
        var kind = this.kindOf(seg.text);
        AW.lookupPeople(this.field, kind, this.bare(seg.text)).then(function (found) {
            if (self.segment().text !== seg.text) {
                return; // typing went on; a newer search follows
            }
            found.forEach(function (entry) { self.remember(entry, kind); });
            self.list.show(found, kind);
        }, function () {
            self.degrade();
        });
    };

    Picker.prototype.remember = function (entry, kind) {
        var name = kind === 'groups' ? (this.kind === 'users' ? 'group:' : '') + entry.name : entry.username;
        this.known[name.toLowerCase()] = { name: name, entry: entry, kind: kind };
        return name;
    };

    Picker.prototype.chosen = function (entry) {
        var seg = this.segment();
        var kind = this.kindOf(seg.text);
        var name = this.remember(entry, kind);
        var value = this.field.value;
        var before = value.substring(0, seg.start);
        var after = value.substring(seg.end);
        var lead = before && !/\s$/.test(before) ? ' ' : '';
        var text;
        if (this.multiple && !after.trim()) {
            // Ready for the next person.
            text = before + lead + name + (this.lines ? '\n' : ', ');
        } else {
            text = before + lead + name + after;
        }
        this.field.value = this.multiple ? text.replace(/^\s+/, '') : name;
        this.field.dispatchEvent(new window.Event('change', { bubbles: true }));
        this.clearError();
        this.renderChosen();
        this.field.focus();
        var caret = this.field.value.length - after.length;
        if (this.field.setSelectionRange) {
            this.field.setSelectionRange(caret, caret);
        }
    };

    /** The people (or groups) named in the field, as the server confirmed them. */
    Picker.prototype.renderChosen = function () {
        var box = this.chosenBox;
        var known = this.known;
        var kind = this.kind;
        var field = this.field;
        while (box.firstChild) {
            box.removeChild(box.firstChild);
        }
        this.values().forEach(function (name) {
            var hit = known[name.toLowerCase()];
            if (!hit) {
                return;
            }
            var chip = document.createElement('span');
            chip.className = 'async-work-picker-person';
            if (hit.kind === 'groups') {
                chip.textContent = kind === 'users' ? name : hit.entry.name;
            } else {
                chip.textContent = hit.entry.displayName;
                if (hit.entry.localTime) {
                    var time = document.createElement('span');
                    time.className = 'async-work-picker-time';
                    time.textContent = format(AW.text(field, 'picker-local'), hit.entry.localTime);
                    chip.appendChild(time);
                }
            }
            box.appendChild(chip);
        });
    };

    /** Lookups failed: the field is a plain text box, and the server alone judges what it holds. */
    Picker.prototype.degrade = function () {
        this.degraded = true;
        this.list.close();
        this.validValue = null;
    };

    /**
     * Checks every name against the server: resolves to true when all are known (a display name typed in full is
     * replaced by its user name), false after showing the unknown ones next to the field. quiet: no error shown.
     */
    Picker.prototype.validate = function (quiet) {
        var self = this;
        if (this.degraded) {
            return Promise.resolve(true);
        }
        var names = this.values();
        var value = this.field.value;
        var unknown = [];
        var replaced = {};
        return Promise.all(names.map(function (name) {
            if (self.known[name.toLowerCase()]) {
                return null;
            }
            var kind = self.kindOf(name);
            var bare = self.bare(name);
            return AW.lookupPeople(self.field, kind, bare, 20).then(function (found) {
                var lower = bare.toLowerCase();
                var exact = found.filter(function (e) {
                    return (kind === 'groups' ? e.name : e.username).toLowerCase() === lower;
                });
                if (!exact.length && kind !== 'groups') {
                    exact = found.filter(function (e) { return e.displayName.toLowerCase() === lower; });
                }
                if (exact.length === 1) {
                    replaced[name] = self.remember(exact[0], kind);
                } else {
                    unknown.push(name);
                }
            });
        })).then(function () {
            if (self.field.value !== value) {
                return self.validate(quiet); // edited meanwhile: check what is there now
            }
            var keys = Object.keys(replaced).filter(function (n) { return replaced[n] !== n; });
            if (keys.length) {
                var sep = self.separator();
                self.field.value = self.field.value.split(sep).map(function (part) {
                    var t = part.trim();
                    return replaced[t] && replaced[t] !== t ? part.replace(t, replaced[t]) : part;
                }).join(self.lines ? '\n' : ',');
            }
            self.renderChosen();
            if (unknown.length) {
                if (!quiet) {
                    self.showError(unknown);
                }
                return false;
            }
            self.validValue = self.field.value;
            return true;
        }, function () {
            self.degrade();
            return true;
        });
    };

    Picker.prototype.errorSlot = function () {
        var group = this.field.closest('.field-group, .async-work-policy-field, td, fieldset');
        return group ? group.querySelector('[data-error-for]') : null;
    };

    Picker.prototype.showError = function (unknown) {
        var text = format(AW.text(this.field, this.kind === 'groups' ? 'picker-unknown-group' : 'picker-unknown'),
            unknown.join(', '));
        var slot = this.errorSlot();
        if (slot) {
            slot.textContent = text;
        }
        this.field.classList.add('async-work-invalid');
        this.field.setAttribute('aria-invalid', 'true');
    };

    Picker.prototype.clearError = function () {
        if (this.field.getAttribute('aria-invalid') === 'true') {
            var slot = this.errorSlot();
            if (slot) {
                slot.textContent = '';
            }
            this.field.classList.remove('async-work-invalid');
            this.field.removeAttribute('aria-invalid');
        }
    };

    Picker.prototype.active = function () {
        // A field the screen hides (a group name while the target is not a group) is not part of what is sent.
        return !this.field.disabled && !this.field.closest('.hidden, [hidden]');
    };

    /** Makes a field a picker (once); screens call it through data-async-picker, or directly. */
    AW.peoplePicker = function (field) {
        if (!field.asyncWorkPicker) {
            field.asyncWorkPicker = new Picker(field);
        }
        return field.asyncWorkPicker;
    };

    // Before any screen sends a form, every picker in it must hold only known names; otherwise the form is held
    // back and the unknown names are shown next to their field. Capturing at the document runs before the screens'
    // own submit handlers.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var pickers = [];
        form.querySelectorAll('[data-async-picker]').forEach(function (field) {
            var picker = field.asyncWorkPicker;
            if (picker && picker.active() && !picker.degraded && picker.validValue !== field.value) {
                pickers.push(picker);
            }
        });
        if (!pickers.length) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        Promise.all(pickers.map(function (p) { return p.validate(false); })).then(function (results) {
            var bad = pickers.filter(function (p, i) { return !results[i]; });
            if (bad.length) {
                bad[0].field.focus();
                return;
            }
            // Later, not now: when every name was already confirmed this runs while the browser is still firing the
            // held-back submit event, and a form asked to submit during that ignores the request.
            window.setTimeout(function () {
                if (form.requestSubmit) {
                    form.requestSubmit();
                } else {
                    form.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
                }
            }, 0);
        });
    }, true);

    AW.onReady('[data-async-picker]', AW.peoplePicker);
}(window, document));
