package works.async.sandbox.http;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@value #LIMIT} bytes with 413 before the application reads them, so nothing of an
 * oversized request is ever stored. Declared lengths are checked up front; chunked bodies are read up to the limit
 * into memory first.
 */
public final class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** 1 MiB. */
    public static final int LIMIT = 1024 * 1024;

    /** Oversized bodies up to 16 MiB are read to their end before the 413, so the client can read it. */
    static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > LIMIT) {
            tooLarge(request, response, declared);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(LIMIT + 1);
            if (body.length > LIMIT) {
                tooLarge(request, response, -1);
                return;
            }
            chain.doFilter(new Buffered(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long declared)
            throws IOException {
        // A server that closes the connection while the client is still sending makes the client's TCP stack
        // reset it, and the client then never reads the 413 (it sees "no bytes"). So a body of modest size is read
        // and dropped first; only beyond DRAIN_LIMIT is the connection closed instead of reading it all.
        boolean drained = declared <= DRAIN_LIMIT && drainUpTo(request.getInputStream(), DRAIN_LIMIT);
        if (!drained) {
            response.setHeader("Connection", "close");
        }
        JsonErrors.send(response, 413, "too_large", "sandbox.error.too.large");
    }

    /** Reads and drops up to {@code limit} bytes; true when the body ended within them. */
    private static boolean drainUpTo(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read <= limit && (n = in.read(buffer)) >= 0) {
            read += n;
        }
        return read <= limit;
    }

    /** A request whose body was already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {

        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The sandbox reads request bodies blocking");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
