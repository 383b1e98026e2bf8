package ma.hcp.simimo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 over a plain socket, for what java.net.http will not send: a forged
 * {@code Host} header, or a request from another loopback address (a second client).
 */
public final class RawHttp {

	private final int port;

	private final String localAddress;

	/** Requests from 127.0.0.1. */
	public RawHttp(int port) {
		this(port, "127.0.0.1");
	}

	/** Requests from {@code localAddress}, a loopback address such as 127.0.0.2. */
	public RawHttp(int port, String localAddress) {
		this.port = port;
		this.localAddress = localAddress;
	}

	/**
	 * One response: its status, headers (names lower-cased, values in order) and body.
	 */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public List<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

	}

	/**
	 * Sends {@code method path} with these headers (name, value, name, value…) and body,
	 * or none when {@code body} is null.
	 */
	public Response send(String method, String path, String body, String... headers) {
		StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.0\r\n");
		boolean host = false;
		for (int i = 0; i < headers.length; i += 2) {
			host |= headers[i].equalsIgnoreCase("Host");
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		if (!host) {
			request.append("Host: localhost:").append(this.port).append("\r\n");
		}
		byte[] content = (body == null) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("\r\n");
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port,
				InetAddress.getByName(this.localAddress), 0)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Response get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	private static Response parse(byte[] bytes) {
		String all = new String(bytes, StandardCharsets.UTF_8);
		int end = all.indexOf("\r\n\r\n");
		String head = (end < 0) ? all : all.substring(0, end);
		String body = (end < 0) ? "" : all.substring(end + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers
				.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						(name) -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).strip());
		}
		return new Response(status, headers, body);
	}

}
