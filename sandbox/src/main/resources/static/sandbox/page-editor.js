/* The sandbox page editor: each macro button inserts the macro's storage format at the cursor of the body. */
(function () {
    'use strict';
    var body = document.getElementById('page-body');
    if (!body) {
        return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.sandbox-insert-macro'), function (button) {
        button.addEventListener('click', function () {
            var snippet = button.getAttribute('data-snippet');
            var start = body.selectionStart || 0;
            var end = body.selectionEnd || start;
            body.value = body.value.slice(0, start) + snippet + body.value.slice(end);
            body.focus();
            body.selectionStart = body.selectionEnd = start + snippet.length;
        });
    });
}());
