package org.casefunnel.support;

import io.restassured.RestAssured;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no client library sends as written: empty or malformed
 * headers, bad percent-encoding, oversized request lines, chunked bodies.
 */
public final class RawHttp {

  private RawHttp() {}

  /** A response as read off the wire; header names in lower case. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends {@code head} (request line and headers, without the blank line) and an optional body. */
  public static Answer send(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        try {
          out.write(body);
        } catch (IOException e) {
          // the server may answer and close before reading everything; read what it said
        }
      }
      out.flush();
      return read(socket.getInputStream());
    }
  }

  /** How the server left a connection after its answer. */
  public enum Ending {
    /** An orderly close (FIN): everything sent was read, nothing was lost. */
    CLOSED,
    /** A reset: the server closed with bytes unread, and an answer still in flight may be lost. */
    RESET,
    /** Still open a few seconds after the answer. */
    OPEN
  }

  /** What a keep-alive client sees: the status line, the answer, and how the connection ended. */
  public record Exchange(String statusLine, Answer answer, Ending ending) {}

  /**
   * Sends {@code head} and {@code body} as a keep-alive client would (no {@code Connection: close},
   * so whatever the server says about the connection is its own decision), reads one answer by its
   * {@code Content-Length}, then waits up to {@code settleMillis} for the server to end the
   * connection. The body is written from another thread, so an answer sent before the server reads
   * it is seen.
   */
  public static Exchange keepAlive(String head, byte[] body, long settleMillis) throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread writer =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      if (body != null) {
                        out.write(body);
                        out.flush();
                      }
                    } catch (IOException e) {
                      // refused before it was all read: what matters is the answer
                    }
                  });
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String text = readHead(in);
      String[] lines = text.split("\r\n");
      Map<String, String> headers = headers(lines);
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      String answerBody = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      Answer answer = new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, answerBody);
      socket.setSoTimeout((int) settleMillis);
      Ending ending;
      try {
        int next = in.read();
        if (next >= 0) {
          throw new IOException("bytes after the answer: " + (char) next);
        }
        ending = Ending.CLOSED;
      } catch (SocketTimeoutException e) {
        ending = Ending.OPEN;
      } catch (SocketException e) {
        ending = Ending.RESET;
      }
      writer.interrupt();
      return new Exchange(lines[0], answer, ending);
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("no complete answer: " + head);
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private static Map<String, String> headers(String[] lines) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip(),
          (a, b) -> a + ", " + b);
    }
    return headers;
  }

  public static Answer get(String target, String... headers) throws IOException {
    StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost");
    for (String h : headers) {
      head.append("\r\n").append(h);
    }
    return send(head.toString(), null);
  }

  private static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        all.write(buf, 0, n);
      }
    } catch (IOException e) {
      // a reset after the answer: keep what arrived
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = headers(lines);
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static String dechunk(String raw) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      int eol = raw.indexOf("\r\n", i);
      if (eol < 0) {
        break;
      }
      int size = Integer.parseInt(raw.substring(i, eol).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(raw, eol + 2, Math.min(raw.length(), eol + 2 + size));
      i = eol + 2 + size + 2;
    }
    return out.toString();
  }
}
