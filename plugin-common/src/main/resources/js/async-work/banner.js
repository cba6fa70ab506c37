/*
 * Async Work: keeps Confluence's page banner true after an in-place action. Every screen re-renders itself from the
 * server after a successful action and announces it ('async-work:refreshed'); the banner then reads the page again
 * and takes the server's banner over, or goes away when the page no longer waits on the viewer. Reads only (GET).
 */
(function (window, document) {
    'use strict';

    var AW = window.AsyncWork;
    var SELECTOR = '.async-work-banner';

    /** The banner after {@code html} (the page as the server renders it now): replaced, removed, or left alone. */
    AW.updateBanner = function (current, html) {
        var fresh = new window.DOMParser().parseFromString(html, 'text/html').querySelector(SELECTOR);
        if (!fresh) {
            current.parentNode.removeChild(current);
            return null;
        }
        var adopted = document.importNode(fresh, true);
        current.parentNode.replaceChild(adopted, current);
        return adopted;
    };

    document.addEventListener('async-work:refreshed', function (e) {
        var current = document.querySelector(SELECTOR);
        if (!current || (e.detail && e.detail.contains && e.detail.contains(current))) {
            return;
        }
        window.fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                if (html !== null && document.contains(current)) {
                    AW.updateBanner(current, html);
                }
            }, function () {
                // Offline for a moment: the banner stays as it was until the next action or reload.
            });
    });
}(window, document));
