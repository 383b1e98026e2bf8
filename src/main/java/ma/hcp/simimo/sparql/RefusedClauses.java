package ma.hcp.simimo.sparql;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnfold;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Finds what the public endpoint refuses before evaluation, anywhere in a parsed query:
 * in its pattern at any depth, in sub-queries, and in the graph patterns of EXISTS and
 * NOT EXISTS wherever an expression may hold one (FILTER, BIND, LET, UNFOLD, SELECT
 * expressions, GROUP BY, HAVING, ORDER BY and aggregates). {@link ElementWalker} alone
 * stops at expressions and sub-queries. Refused: a SERVICE clause, and a function or
 * property function named by a {@code java:} IRI, which ARQ would load as any class on
 * the classpath; the registered function libraries (fn:, afn:, apf:, math: and the rest)
 * stay callable.
 */
final class RefusedClauses {

	private static final String JAVA_SCHEME = "java:";

	private RefusedClauses() {
	}

	/**
	 * What was refused, and why.
	 *
	 * @param messageKey the key of the message that explains the refusal
	 * @param node the service IRI or variable, or the function IRI
	 */
	record Refusal(String messageKey, Node node) {
	}

	/** The first refused clause found, if any. */
	static Optional<Refusal> firstIn(Query query) {
		Finder finder = new Finder();
		finder.query(query);
		return Optional.ofNullable(finder.found);
	}

	private static final class Finder extends ElementVisitorBase {

		private Refusal found;

		void query(Query query) {
			pattern(query.getQueryPattern());
			query.getProject().getExprs().values().forEach(this::expression);
			if (query.hasGroupBy()) {
				query.getGroupBy().getExprs().values().forEach(this::expression);
			}
			query.getHavingExprs().forEach(this::expression);
			if (query.hasOrderBy()) {
				query.getOrderBy().stream().map(SortCondition::getExpression).forEach(this::expression);
			}
			query.getAggregators().forEach(this::expression);
		}

		private void pattern(Element element) {
			if (element != null && this.found == null) {
				ElementWalker.walk(element, this);
			}
		}

		private void expression(Expr expr) {
			if (expr == null || this.found != null) {
				return;
			}
			if (expr instanceof ExprFunctionOp exists) {
				pattern(exists.getElement());
			}
			if (expr instanceof ExprAggregator aggregate) {
				expressions(aggregate.getAggregator().getExprList());
			}
			if (expr instanceof E_Function call && call.getFunctionIRI().startsWith(JAVA_SCHEME)) {
				this.found = new Refusal("sparql.error.javaFunction", NodeFactory.createURI(call.getFunctionIRI()));
				return;
			}
			if (expr instanceof ExprFunction function) {
				function.getArgs().forEach(this::expression);
			}
		}

		private void expressions(ExprList list) {
			if (list != null) {
				list.forEach(this::expression);
			}
		}

		@Override
		public void visit(ElementService service) {
			if (this.found == null) {
				this.found = new Refusal("sparql.error.service", service.getServiceNode());
			}
		}

		@Override
		public void visit(ElementPathBlock block) {
			block.patternElts().forEachRemaining((triple) -> predicate(triple.getPredicate()));
		}

		@Override
		public void visit(ElementTriplesBlock block) {
			block.patternElts().forEachRemaining((triple) -> predicate(triple.getPredicate()));
		}

		/** A property function is a predicate; a path has no single predicate node. */
		private void predicate(Node predicate) {
			if (this.found == null && predicate != null && predicate.isURI()
					&& predicate.getURI().startsWith(JAVA_SCHEME)) {
				this.found = new Refusal("sparql.error.javaFunction", predicate);
			}
		}

		@Override
		public void visit(ElementSubQuery subQuery) {
			query(subQuery.getQuery());
		}

		@Override
		public void visit(ElementFilter filter) {
			expression(filter.getExpr());
		}

		@Override
		public void visit(ElementBind bind) {
			expression(bind.getExpr());
		}

		@Override
		public void visit(ElementAssign assign) {
			expression(assign.getExpr());
		}

		@Override
		public void visit(ElementUnfold unfold) {
			expression(unfold.getExpr());
		}

	}

}
