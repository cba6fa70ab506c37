/*
 * Async Work: @mentions in a comment box. A textarea marked data-async-mention="jira" or "confluence" offers people
 * when one types "@" and part of a name, and inserts the host's mention markup for the chosen person: "[~username]"
 * in Jira wiki markup, "<ac:link><ri:user ri:userkey="KEY" /></ac:link>" in Confluence storage format (the form
 * Confluence itself writes, e.g. its inline tasks' TaskStorageFormatBuilder). These are exactly what the plugin's
 * mention scanners read, so a question to a mentioned person becomes a reply request.
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork;

    /** "@car" right before the caret, at the start or after a space or bracket; null when not typing a mention. */
    function typed(box) {
        var caret = box.selectionStart;
        var before = box.value.substring(0, caret);
        var m = /(^|[\s(>])@([^\s@<>\[\]]{1,40})$/.exec(before);
        return m ? { start: caret - m[2].length - 1, end: caret, query: m[2] } : null;
    }

    function escapeAttribute(text) {
        return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }

    /** The host's markup for a mention of this person. */
    AW.mentionMarkup = function (host, person) {
        if (host === 'confluence') {
            return '<ac:link><ri:user ri:userkey="' + escapeAttribute(person.key) + '" /></ac:link>';
        }
        return '[~' + person.username + ']';
    };

    AW.mentions = function (box) {
        if (box.asyncWorkMentions) {
            return;
        }
        box.asyncWorkMentions = true;
        var host = box.getAttribute('data-async-mention');
        var current = null;
        var list = new AW.PeopleList(box, {
            onChoose: function (person) {
                if (!current) {
                    return;
                }
                var markup = AW.mentionMarkup(host, person);
                var value = box.value;
                box.value = value.substring(0, current.start) + markup + ' ' + value.substring(current.end);
                var caret = current.start + markup.length + 1;
                current = null;
                box.focus();
                box.setSelectionRange(caret, caret);
                box.dispatchEvent(new window.Event('input', { bubbles: true }));
            }
        });
        var search = AW.debounce(function () {
            var at = typed(box);
            if (!at || document.activeElement !== box) {
                list.close();
                return;
            }
            AW.lookupPeople(box, 'users', at.query).then(function (found) {
                var now = typed(box);
                if (!now || now.query !== at.query) {
                    return;
                }
                current = now;
                if (found.length) {
                    list.show(found, 'users');
                } else {
                    list.close();
                }
            }, function () {
                list.close();
            });
        }, 150);
        box.addEventListener('input', function () {
            if (!typed(box)) {
                current = null;
                list.close();
                return;
            }
            search();
        });
    };

    AW.onReady('textarea[data-async-mention]', AW.mentions);
}(window, document));
