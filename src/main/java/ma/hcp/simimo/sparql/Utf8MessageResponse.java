package ma.hcp.simimo.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response Fuseki writes to. Fuseki sends its plain-text error messages with
 * {@link ServletOutputStream#print(String)}, which the Servlet API defines for ISO-8859-1
 * only, under a Content-Length counted in characters: a French or Arabic message came out
 * garbled and cut short. Here print writes UTF-8, the charset Fuseki declares, and the
 * length is left to the container.
 */
final class Utf8MessageResponse extends HttpServletResponseWrapper {

	private ServletOutputStream output;

	Utf8MessageResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		if (this.output == null) {
			this.output = new Utf8Output(super.getOutputStream());
		}
		return this.output;
	}

	private static final class Utf8Output extends ServletOutputStream {

		private final ServletOutputStream wrapped;

		Utf8Output(ServletOutputStream wrapped) {
			this.wrapped = wrapped;
		}

		@Override
		public void print(String text) throws IOException {
			this.wrapped.write(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public void write(int b) throws IOException {
			this.wrapped.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.wrapped.write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			this.wrapped.flush();
		}

		@Override
		public void close() throws IOException {
			this.wrapped.close();
		}

		@Override
		public boolean isReady() {
			return this.wrapped.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.wrapped.setWriteListener(listener);
		}

	}

}
