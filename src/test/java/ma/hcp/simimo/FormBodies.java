package ma.hcp.simimo;

import java.util.List;

/**
 * An edit form's record as the form body a browser sends: one field per component, a
 * list's values as repeated fields.
 */
public final class FormBodies {

	private FormBodies() {
	}

	/** The body of {@code form}, each value percent-encoded. */
	public static String of(Record form) {
		StringBuilder body = new StringBuilder();
		for (var component : form.getClass().getRecordComponents()) {
			try {
				Object value = component.getAccessor().invoke(form);
				List<?> values = (value instanceof List<?> list) ? list : List.of((value == null) ? "" : value);
				for (Object one : values) {
					body.append(body.isEmpty() ? "" : "&")
						.append(component.getName())
						.append('=')
						.append(HttpTestClient.encode(String.valueOf(one)));
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return body.toString();
	}

	/** {@code body} with field {@code name}'s first value replaced by {@code value}. */
	public static String with(String body, String name, String value) {
		return body.replaceFirst(name + "=[^&]*",
				name + "=" + java.util.regex.Matcher.quoteReplacement(HttpTestClient.encode(value)));
	}

}
