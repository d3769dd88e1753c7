/* The notifications bell: follows the page's bell stream (server-sent events, the session's sign-in) and, when the
   inbox grew, asks the server for the new count (ringBell, a PrimeFaces remote command of the page's bell form). The
   browser reconnects by itself when the stream ends. */
(function () {
    var form = document.getElementById('bell');
    if (!form || !window.EventSource || !form.dataset.stream) {
        return;
    }
    var stream = new EventSource(form.dataset.stream);
    var leaving = false;
    stream.addEventListener('grew', function () {
        if (!leaving && typeof window.ringBell === 'function') {
            window.ringBell();
        }
    });
    /* Leaving the page: no more rings (a count asked for by a page going away is wasted). */
    window.addEventListener('beforeunload', function () {
        leaving = true;
    });
    window.addEventListener('pagehide', function () {
        leaving = true;
        stream.close();
    });
})();
