package com.linli.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around every request under {@code /api}: it has no session (a cookie the pages set is not even
 * looked up, and nothing may create one), bodies are read up to {@link #MAX_BODY_BYTES} only, and
 * every error becomes a problem document, also those answered before a controller is chosen (an
 * unknown path, a wrong method) or by a filter, which would otherwise get the pages' HTML error page.
 */
class ApiRequests extends OncePerRequestFilter {

    /** Far more than any request of the API needs (an order of 50 lines is 2 KB). */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ApiRequests.class);

    private final Problems problems;

    ApiRequests(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var answer = new ProblemOnError(request, response);
        try {
            chain.doFilter(new ApiRequest(request), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            response.resetBuffer();
            answer.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** Turns an error status sent without a body into a problem of its kind, in the caller's language. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            var type = ProblemType.forStatus(status);
            problems.write(request, (HttpServletResponse) getResponse(),
                    problems.of(type, problems.locale(request), type.key() + ".detail"));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }
    }

    /**
     * A request without a session, whatever cookie it carries: the security filters and the dispatcher
     * would otherwise load one from the database just to look at it. Its body is refused over the limit:
     * at once when its declared length is, else once that much is read.
     */
    private static final class ApiRequest extends HttpServletRequestWrapper {

        ApiRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("The API is stateless: nothing may create a session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("The API is stateless: it has no session");
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (getContentLengthLong() > MAX_BODY_BYTES) {
                throw new BodyTooLarge(MAX_BODY_BYTES);
            }
            var body = super.getInputStream();
            return new ServletInputStream() {

                private long read;

                @Override
                public int read() throws IOException {
                    var next = body.read();
                    if (next >= 0) {
                        tally(1);
                    }
                    return next;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    var count = body.read(buffer, offset, length);
                    if (count > 0) {
                        tally(count);
                    }
                    return count;
                }

                private void tally(int bytes) throws BodyTooLarge {
                    read += bytes;
                    if (read > MAX_BODY_BYTES) {
                        throw new BodyTooLarge(MAX_BODY_BYTES);
                    }
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }
}
