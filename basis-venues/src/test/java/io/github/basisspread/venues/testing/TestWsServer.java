package io.github.basisspread.venues.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny in-process WebSocket server (RFC 6455: the opening handshake of section 4.2, unmasked
 * server text frames, masked client frames) on 127.0.0.1 for the live-feed tests of basis-venues
 * and of basis-cli's {@code watch}, which reaches it through basis-venues' test jar (this package
 * only). Test support, not part of any published API.
 */
public final class TestWsServer implements AutoCloseable {

    /** What one connection does. */
    @FunctionalInterface
    public interface Script {
        /**
         * Serves one connection.
         *
         * @param connection the number of the connection, from 1
         * @param conn the connection, after the opening handshake
         * @throws Exception any failure, which ends the connection
         */
        void run(int connection, Conn conn) throws Exception;
    }

    /** One accepted connection. */
    public static final class Conn {
        private final Socket socket;
        private final DataInputStream in;
        private final OutputStream out;
        private final String path;

        Conn(Socket socket, DataInputStream in, OutputStream out, String path) {
            this.socket = socket;
            this.in = in;
            this.out = out;
            this.path = path;
        }

        /**
         * Returns the request path of the opening handshake, with its query.
         *
         * @return the path
         */
        public String path() {
            return path;
        }

        /**
         * Sends a text frame.
         *
         * @param text the text
         * @throws IOException if the connection fails
         */
        public synchronized void send(String text) throws IOException {
            byte[] p = text.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream f = new ByteArrayOutputStream();
            f.write(0x81);
            if (p.length < 126) {
                f.write(p.length);
            } else if (p.length < 65536) {
                f.write(126);
                f.write(p.length >>> 8);
                f.write(p.length & 0xff);
            } else {
                f.write(127);
                for (int i = 7; i >= 0; i--) {
                    f.write((int) ((long) p.length >>> (8 * i)) & 0xff);
                }
            }
            f.write(p);
            out.write(f.toByteArray());
            out.flush();
        }

        /**
         * Reads the next client text frame, skipping control frames.
         *
         * @return the text
         * @throws IOException if the connection fails
         */
        public String receive() throws IOException {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            long len = b1 & 0x7f;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] p = new byte[(int) len];
            in.readFully(p);
            for (int i = 0; i < p.length; i++) {
                p[i] ^= mask[i % 4];
            }
            if ((b0 & 0x0f) != 1) {
                return receive();   // not text (a pong or close): skip
            }
            return new String(p, StandardCharsets.UTF_8);
        }

        /**
         * Drops the TCP connection without a close frame.
         *
         * @throws IOException if closing fails
         */
        public void drop() throws IOException {
            socket.close();
        }
    }

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    /**
     * Starts a server on a free loopback port; each connection runs the script on its own daemon thread.
     *
     * @param script what each connection does
     * @throws IOException if no port can be bound
     */
    public TestWsServer(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    int n = connections.incrementAndGet();
                    Thread t = new Thread(() -> handle(s, n, script));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void handle(Socket s, int n, Script script) {
        try (s) {
            InputStream raw = s.getInputStream();
            DataInputStream in = new DataInputStream(raw);
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            String key = null;
            String path = head.toString().split(" ")[1];
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(
                    (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII)));
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            script.run(n, new Conn(s, in, out, path));
        } catch (Exception e) {
            // the connection ends
        }
    }

    /**
     * Returns the URI of a path on this server.
     *
     * @param path the path, e.g. {@code "/ws"} or {@code ""}
     * @return {@code ws://127.0.0.1:port} and the path
     */
    public URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + path);
    }

    /**
     * Returns the number of connections accepted so far.
     *
     * @return the count
     */
    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
