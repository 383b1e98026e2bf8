package ma.hcp.simimo.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ma.hcp.simimo.kernel.RdfDocument;
import ma.hcp.simimo.kernel.RdfFormat;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Reads and writes an {@link RdfDocument} in each {@link RdfFormat}, by media type. It
 * lives with the content negotiation it serves; it needs no Jena type, since the document
 * writes itself.
 */
final class RdfDocumentConverter extends AbstractHttpMessageConverter<RdfDocument> {

	RdfDocumentConverter() {
		super(StandardCharsets.UTF_8,
				Arrays.stream(RdfFormat.values())
					.map((format) -> MediaType.parseMediaType(format.mediaType()))
					.toArray(MediaType[]::new));
	}

	@Override
	protected boolean supports(Class<?> type) {
		return RdfDocument.class.isAssignableFrom(type);
	}

	@Override
	protected RdfDocument readInternal(Class<? extends RdfDocument> type, HttpInputMessage input)
			throws java.io.IOException {
		MediaType contentType = input.getHeaders().getContentType();
		RdfFormat format = (contentType == null) ? null : formatOf(contentType);
		if (format == null) {
			throw new HttpMessageNotReadableException("Not an RDF media type: " + contentType, input);
		}
		return RdfDocument.read(input.getBody(), format);
	}

	@Override
	protected void writeInternal(RdfDocument document, HttpOutputMessage output) throws java.io.IOException {
		MediaType contentType = output.getHeaders().getContentType();
		RdfFormat format = (contentType == null) ? RdfFormat.TURTLE : formatOf(contentType);
		document.write(output.getBody(), (format == null) ? RdfFormat.TURTLE : format);
	}

	private static RdfFormat formatOf(MediaType type) {
		return RdfFormat.byMediaType(type.getType() + "/" + type.getSubtype()).orElse(null);
	}

}
