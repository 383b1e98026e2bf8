package ma.hcp.simimo.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.ElementData;

/**
 * Rows of RDF terms for an update that writes a list of things (a glossary's members, a
 * set of measurements): they enter the update as a VALUES block of terms, never as text.
 */
public final class ValueRows {

	private final List<Var> variables;

	private final List<Binding> rows = new ArrayList<>();

	private ValueRows(List<Var> variables) {
		this.variables = variables;
	}

	/** Rows with these variables, in this order. */
	public static ValueRows of(String... variables) {
		return new ValueRows(Arrays.stream(variables).map(Var::alloc).toList());
	}

	/** Adds one row; {@code values} follow the variables' order. */
	public ValueRows row(RDFNode... values) {
		if (values.length != this.variables.size()) {
			throw new IllegalArgumentException(
					"Expected " + this.variables.size() + " values for " + this.variables + ", got " + values.length);
		}
		BindingBuilder row = BindingBuilder.create();
		for (int i = 0; i < values.length; i++) {
			row.add(this.variables.get(i), values[i].asNode());
		}
		this.rows.add(row.build());
		return this;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	ElementData asValuesBlock() {
		ElementData data = new ElementData();
		this.variables.forEach(data::add);
		this.rows.forEach(data::add);
		return data;
	}

}
