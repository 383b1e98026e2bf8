package ma.hcp.simimo.sparql;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnfold;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Finds a SERVICE clause anywhere in a parsed query: in its pattern at any depth, in
 * sub-queries, and in the graph patterns of EXISTS and NOT EXISTS wherever an expression
 * may hold one (FILTER, BIND, LET, UNFOLD, SELECT expressions, GROUP BY, HAVING, ORDER BY
 * and aggregates). {@link ElementWalker} alone stops at expressions and sub-queries.
 */
final class ServiceClauses {

	private ServiceClauses() {
	}

	/** The service IRI or variable of the first SERVICE clause found, if any. */
	static Optional<Node> firstIn(Query query) {
		Finder finder = new Finder();
		finder.query(query);
		return Optional.ofNullable(finder.found);
	}

	private static final class Finder extends ElementVisitorBase {

		private Node found;

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
				this.found = service.getServiceNode();
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
