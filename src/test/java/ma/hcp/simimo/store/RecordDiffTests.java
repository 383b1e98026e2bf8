package ma.hcp.simimo.store;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import ma.hcp.simimo.kernel.LinkedDataPaths;
import ma.hcp.simimo.kernel.LocalizedText;
import ma.hcp.simimo.kernel.TestMessages;
import ma.hcp.simimo.store.RecordDiff.Change;
import ma.hcp.simimo.store.RecordDiff.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readable diff on the seed content's real descriptions and labels (a real TDB2 store
 * loaded as the application loads it): property names from the ontology or the interface,
 * values with their language, IRIs by their labels in French, English and Arabic, a
 * temporal coverage by its dates, and the fragment that shows it.
 */
class RecordDiffTests {

	private static final String ENMI = "https://w3id.org/simimo/datasets/enmi-2018-2019";

	private static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

	private static final String STOCK_FLOW = "https://w3id.org/simimo/concepts/stock-flow/";

	@TempDir
	static Path directory;

	private static EmbeddedStore store;

	private static RecordDrafts drafts;

	private static RecordDiff diff;

	@BeforeAll
	static void loadSeedContent() {
		store = TestStores.openSeeded(directory.resolve("store"));
		SparqlExecutor executor = TestExecutors.over(store.dataset());
		LinkedDataPaths paths = new LinkedDataPaths("https://w3id.org/simimo/");
		Labels labels = new Labels(executor, new ContentVersion(executor, TestExecutors.GRAPH_NAMES), paths);
		drafts = new RecordDrafts(TestPrivateStores.empty(), Optional.of(store.dataset()), new QueryRegistry(),
				TestExecutors.GRAPH_NAMES, "ontology/shapes.ttl");
		diff = new RecordDiff(labels, TestMessages.bundles());
	}

	@AfterAll
	static void closeStore() {
		store.close();
	}

	@Test
	void showsAChangedFrenchTitleAloneWithTheTitleNamedInEachLanguage() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		Resource dataset = after.createResource(ENMI);
		after.remove(dataset, DCTerms.title,
				after.createLiteral("Enquête nationale sur la migration internationale 2018-2019", "fr"));
		dataset.addProperty(DCTerms.title, "Enquête nationale sur la migration internationale (ENMI) 2018-2019", "fr");

		List<Change> french = diff.between(before, after, ENMI, "fr");

		assertThat(french).singleElement().satisfies((change) -> {
			assertThat(change.property()).isEqualTo(DCTerms.title.getURI());
			assertThat(change.subject()).isNull();
			assertThat(change.label()).isEqualTo(new LocalizedText("Titre", "fr", false));
			assertThat(change.removed()).extracting(Value::text)
				.containsExactly(
						new LocalizedText("Enquête nationale sur la migration internationale 2018-2019", "fr", false));
			assertThat(change.added()).extracting(Value::text)
				.containsExactly(new LocalizedText("Enquête nationale sur la migration internationale (ENMI) 2018-2019",
						"fr", false));
		});
		assertThat(diff.between(before, after, ENMI, "en")).singleElement()
			.satisfies((change) -> assertThat(change.label()).isEqualTo(new LocalizedText("Title", "en", false)));
		assertThat(diff.between(before, after, ENMI, "ar")).singleElement()
			.satisfies((change) -> assertThat(change.label()).isEqualTo(new LocalizedText("العنوان", "ar", false)));
	}

	@Test
	void showsAChangedAccessRightByTheLabelsOfItsCodesWithLinks() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		Resource dataset = after.createResource(ENMI);
		after.removeAll(dataset, DCTerms.accessRights, null);
		dataset.addProperty(DCTerms.accessRights, after.createResource(ACCESS_RIGHT + "RESTRICTED"));

		Change french = diff.between(before, after, ENMI, "fr").get(0);
		Change english = diff.between(before, after, ENMI, "en").get(0);

		assertThat(french.label()).isEqualTo(new LocalizedText("Droits d'accès", "fr", false));
		assertThat(french.removed()).singleElement().satisfies((value) -> {
			assertThat(value.text()).isEqualTo(new LocalizedText("public", "fr", false));
			assertThat(value.iri()).isEqualTo(ACCESS_RIGHT + "PUBLIC");
			assertThat(value.href()).startsWith("/resource?uri=");
		});
		assertThat(french.added()).extracting(Value::text).containsExactly(new LocalizedText("restreint", "fr", false));
		assertThat(english.added()).extracting(Value::text)
			.containsExactly(new LocalizedText("restricted", "en", false));
	}

	@Test
	void namesACodeInArabicWhereTheContentHasArabicAndMarksTheFallbackWhereNot() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		Resource dataset = after.createResource(ENMI);
		dataset.addProperty(Vocab.STOCK_OR_FLOW, after.createResource(STOCK_FLOW + "stock"));
		after.removeAll(dataset, DCTerms.accessRights, null);
		dataset.addProperty(DCTerms.accessRights, after.createResource(ACCESS_RIGHT + "NON_PUBLIC"));

		List<Change> arabic = diff.between(before, after, ENMI, "ar");

		assertThat(arabic).extracting(Change::property)
			.containsExactlyInAnyOrder(DCTerms.accessRights.getURI(), Vocab.STOCK_OR_FLOW.getURI());
		Change stockOrFlow = change(arabic, Vocab.STOCK_OR_FLOW.getURI());
		// The ontology labels simimo:stockOrFlow in French and English only: the
		// interface's Arabic name comes before a French fallback.
		assertThat(stockOrFlow.label()).isEqualTo(new LocalizedText("رصيد أو تدفق", "ar", false));
		assertThat(stockOrFlow.removed()).isEmpty();
		assertThat(stockOrFlow.added()).extracting(Value::text)
			.containsExactly(new LocalizedText("رصيد (في تاريخ معين)", "ar", false));
		// The EU access-right table has no Arabic label: French, marked as a fallback.
		assertThat(change(arabic, DCTerms.accessRights.getURI()).added()).extracting(Value::text)
			.containsExactly(new LocalizedText("non public", "fr", true));
	}

	@Test
	void namesSimimoPropertiesByTheOntologysLabelInTheReadersLanguage() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		after.createResource(ENMI).addProperty(Vocab.STOCK_OR_FLOW, after.createResource(STOCK_FLOW + "flow"));

		assertThat(diff.between(before, after, ENMI, "fr").get(0).label())
			.isEqualTo(new LocalizedText("stock ou flux", "fr", false));
		assertThat(diff.between(before, after, ENMI, "en").get(0).label())
			.isEqualTo(new LocalizedText("stock or flow", "en", false));
	}

	@Test
	void showsATemporalCoverageAsItsDatesNotAsABlankNode() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		Resource period = after.createResource(ENMI).getPropertyResourceValue(DCTerms.temporal);
		after.removeAll(period, DCAT.endDate, null);
		period.addProperty(DCAT.endDate,
				after.createTypedLiteral("2019-12", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth));

		Change change = diff.between(before, after, ENMI, "fr").get(0);

		assertThat(change.property()).isEqualTo(DCTerms.temporal.getURI());
		assertThat(change.label()).isEqualTo(new LocalizedText("Couverture temporelle", "fr", false));
		assertThat(change.removed()).singleElement().satisfies((value) -> {
			assertThat(value.text().text()).isEqualTo("2018-08 - 2019-01");
			assertThat(value.parts()).extracting((part) -> part.text().text()).containsExactly("2018-08", "2019-01");
		});
		assertThat(change.added()).extracting((value) -> value.text().text()).containsExactly("2018-08 - 2019-12");
	}

	@Test
	void findsNoChangeBetweenADescriptionAndItsCopyWithOtherBlankNodes() {
		Model before = drafts.published(ENMI);
		Model reread = ModelFactory.createDefaultModel();
		StringWriter turtle = new StringWriter();
		RDFDataMgr.write(turtle, before, Lang.TURTLE);
		RDFDataMgr.read(reread, new StringReader(turtle.toString()), null, Lang.TURTLE);

		assertThat(diff.between(before, reread, ENMI, "fr")).isEmpty();
	}

	@Test
	void listsEveryPropertyAsAddedForANewRecordInTheOrderOfTheirNames() {
		Model after = drafts.published(ENMI);

		List<Change> changes = diff.between(ModelFactory.createDefaultModel(), after, ENMI, "fr");

		assertThat(changes).allSatisfy((change) -> assertThat(change.removed()).isEmpty());
		assertThat(changes).extracting(Change::property)
			.containsExactlyInAnyOrderElementsOf(after.createResource(ENMI)
				.listProperties()
				.mapWith((statement) -> statement.getPredicate().getURI())
				.toSet());
		List<String> names = changes.stream().map((change) -> change.label().text()).toList();
		assertThat(names).isSortedAccordingTo(java.util.Comparator.comparing(LocalizedText::of, Labels.byText("fr")));
		Change keywords = change(changes, DCAT.keyword.getURI());
		// French first for a French reader, then English, each in its collation.
		assertThat(keywords.added()).extracting(Value::text)
			.startsWith(new LocalizedText("émigration", "fr", false),
					new LocalizedText("migration de retour", "fr", false),
					new LocalizedText("migration internationale", "fr", false),
					new LocalizedText("emigration", "en", false));
	}

	@Test
	void rendersATableOfRemovedAndAddedValuesEachWithItsLanguageAndDirection() {
		Model before = drafts.published(ENMI);
		Model after = copy(before);
		Resource dataset = after.createResource(ENMI);
		Statement arabicTitle = dataset.listProperties(DCTerms.title)
			.filterKeep((statement) -> "ar".equals(statement.getLanguage()))
			.next();
		after.remove(arabicTitle);
		dataset.addProperty(DCTerms.title, "البحث الوطني للهجرة الدولية", "ar");

		String html = render(diff.between(before, after, ENMI, "fr"), Locale.FRENCH);

		assertThat(html).contains("<caption>Modifications</caption>")
			.contains("<th scope=\"col\">Retiré</th>")
			.contains("<th scope=\"col\">Ajouté</th>")
			.contains("<span lang=\"fr\" dir=\"ltr\">Titre</span>")
			.containsPattern("<del>.*<span lang=\"ar\" dir=\"rtl\">البحث الوطني حول الهجرة الدولية 2018-2019</span>")
			.containsPattern("<ins>.*<span lang=\"ar\" dir=\"rtl\">البحث الوطني للهجرة الدولية</span>");
	}

	private static String render(List<Change> changes, Locale locale) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(TestMessages.bundles());
		Context context = new Context(locale);
		context.setVariable("changes", changes);
		return engine.process("fragments/diff", Set.of("diff"), context).replace("\n", " ");
	}

	private static Change change(List<Change> changes, String property) {
		return changes.stream().filter((change) -> change.property().equals(property)).findFirst().orElseThrow();
	}

	private static Model copy(Model model) {
		return ModelFactory.createDefaultModel().add(model);
	}

}
