package org.medmesh.interfaces.web.ward;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /notifications/bell}: the bell of a signed-in page, a server-sent event stream (the session's sign-in, not
 * a bearer token: it is the pages' own). It ends after {@value #LIFETIME_MINUTES} minutes and the browser reconnects
 * (EventSource does so by itself, sending the last event's id); a request without a signed-in session gets 401 and
 * nothing else, a malformed position 400.
 */
@WebServlet(urlPatterns = BellStreamServlet.PATH, asyncSupported = true)
public class BellStreamServlet extends HttpServlet {

    static final String PATH = "/notifications/bell";
    static final long LIFETIME_MINUTES = 10;
    private static final long serialVersionUID = 1L;
    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");

    @Inject
    BellStreams bells;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getRemoteUser();
        if (username == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Long after = after(request);
        if (after == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        response.flushBuffer();
        AsyncContext stream = request.startAsync();
        stream.setTimeout(TimeUnit.MINUTES.toMillis(LIFETIME_MINUTES));
        stream.addListener(new AsyncListener() {

            @Override
            public void onComplete(AsyncEvent event) {
                bells.closed(username, stream);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                bells.closed(username, stream);
                stream.complete();
            }

            @Override
            public void onError(AsyncEvent event) {
                bells.closed(username, stream);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // nothing to add
            }
        });
        bells.open(username, stream, after);
    }

    /**
     * Where the page's bell stands: the id of the last event it received (the browser sends it on reconnecting), else
     * the newest inbox entry the page knew of ({@code after}, written into the page), else none; null when malformed.
     */
    private static Long after(HttpServletRequest request) {
        String lastEvent = request.getHeader("Last-Event-ID");
        String value = lastEvent != null && !lastEvent.isBlank() ? lastEvent : request.getParameter("after");
        if (value == null || value.isBlank()) {
            return Long.MAX_VALUE;
        }
        return SEQ.matcher(value.strip()).matches() ? Long.valueOf(value.strip()) : null;
    }
}
