package ma.hcp.simimo.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * A seeded synthetic catalogue of migration-statistics datasets for the benchmarks, in
 * N-Triples. Each dataset {@code https://w3id.org/simimo/datasets/synthetic-<i>} has a
 * title, a description and 2 to 4 keywords in French, English and Arabic, composed from a
 * subject (tied to one of the real national concepts, which it measures, sometimes with a
 * second one), a breakdown, a region of Morocco and a reference period (1994 to 2024); a
 * publisher among the 9 real producers (the subject's usual producer 7 times out of 10),
 * who is also its owner (simimo:owner, as the content shapes ask), a source type, access
 * rights (or none) and the HCP 2022 source. The same count and seed always give the same
 * file. Not a test.
 */
public final class SyntheticCatalogue {

	/** The seed the benchmarks use unless told otherwise. */
	public static final long DEFAULT_SEED = 42;

	/** The catalogue size the benchmarks use unless told otherwise. */
	public static final int DEFAULT_COUNT = 100_000;

	static final String DATASET = "https://w3id.org/simimo/datasets/synthetic-";

	static final String PRODUCER = "https://w3id.org/simimo/producers/";

	static final String SOURCE_TYPE = "https://w3id.org/simimo/concepts/source-types/";

	static final String CONCEPT = "https://w3id.org/simimo/concepts/";

	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	private static final String DCT = "http://purl.org/dc/terms/";

	private static final String DCAT = "http://www.w3.org/ns/dcat#";

	private static final String SIMIMO = "https://w3id.org/simimo/def#";

	private static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";

	private static final int FIRST_YEAR = 1994;

	private static final int LAST_YEAR = 2024;

	/** The 9 real producers: key, then the name in fr, en and ar. */
	private static final String[][] PRODUCERS = {
			{ "hcp", "le Haut-Commissariat au Plan", "the High Commission for Planning", "المندوبية السامية للتخطيط" },
			{ "dgsn", "la Direction générale de la Sûreté nationale", "the General Directorate for National Security",
					"المديرية العامة للأمن الوطني" },
			{ "anapec", "l'ANAPEC", "ANAPEC", "الوكالة الوطنية لإنعاش التشغيل والكفاءات" },
			{ "cnss", "la Caisse nationale de sécurité sociale", "the National Social Security Fund",
					"الصندوق الوطني للضمان الاجتماعي" },
			{ "miepeec",
					"le ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences",
					"the Ministry of Economic Inclusion, Small Business, Employment and Skills",
					"وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات" },
			{ "interieur", "le ministère de l'Intérieur", "the Ministry of the Interior", "وزارة الداخلية" },
			{ "maecamre", "le ministère des Affaires étrangères, de la Coopération africaine et des MRE",
					"the Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates",
					"وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج" },
			{ "office-des-changes", "l'Office des changes", "the Foreign Exchange Office", "مكتب الصرف" },
			{ "unhcr", "le HCR", "UNHCR", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين" } };

	/** Source types: key, then "from a …" in fr, en and ar. */
	private static final String[][] SOURCE_TYPES = {
			{ "census", "d'un recensement général de la population", "a population census", "الإحصاء العام للسكان" },
			{ "sample-survey", "d'une enquête par sondage auprès des ménages", "a household sample survey",
					"بحث بالعينة لدى الأسر" },
			{ "administrative-register", "d'un registre administratif", "an administrative register", "سجل إداري" } };

	/**
	 * Subjects: the title's head in fr, en and ar, the usual producer, the usual source
	 * type and the national concept measured (path under concepts/; all exist in
	 * vocabularies/).
	 */
	private static final String[][] SUBJECTS = {
			{ "Immigrés autorisés à exercer un emploi salarié", "Immigrants authorised for salaried employment",
					"المهاجرون المرخص لهم بالعمل المأجور", "miepeec", "administrative-register",
					"miepeec-labour-migration/authorised-foreign-employee" },
			{ "Travailleurs marocains placés à l'étranger", "Moroccan workers placed abroad",
					"العمال المغاربة المشغلون بالخارج", "anapec", "administrative-register",
					"anapec-intermediation/worker-placed-abroad" },
			{ "Travailleurs marocains placés à l'étranger par le ministère de l'Emploi",
					"Moroccan workers placed abroad by the Ministry of Employment",
					"العمال المغاربة المشغلون بالخارج عبر وزارة التشغيل", "miepeec", "administrative-register",
					"miepeec-labour-migration/moroccan-worker-placed-abroad" },
			{ "Travailleuses saisonnières agricoles en Espagne", "Seasonal agricultural workers in Spain",
					"العاملات الموسميات في القطاع الفلاحي بإسبانيا", "anapec", "administrative-register",
					"anapec-intermediation/seasonal-agricultural-worker-spain" },
			{ "Salariés étrangers déclarés à la CNSS", "Foreign employees declared to the CNSS",
					"الأجراء الأجانب المصرح بهم لدى الصندوق الوطني للضمان الاجتماعي", "cnss", "administrative-register",
					"cnss-social-security/declared-foreign-employee" },
			{ "Pensionnés étrangers de la CNSS", "Foreign pensioners of the CNSS",
					"المتقاعدون الأجانب المستفيدون من معاش الصندوق الوطني للضمان الاجتماعي", "cnss",
					"administrative-register", "cnss-social-security/foreign-pensioner" },
			{ "Étrangers titulaires d'un titre de séjour", "Foreigners holding a residence permit",
					"الأجانب الحاصلون على بطاقة الإقامة", "dgsn", "administrative-register",
					"dgsn-residence/foreign-resident" },
			{ "Marocains résidant à l'étranger immatriculés dans les consulats",
					"Moroccans residing abroad registered with the consulates",
					"المغاربة المقيمون بالخارج المسجلون لدى القنصليات", "maecamre", "administrative-register",
					"maecamre-consular/registered-mre" },
			{ "Réfugiés reconnus par les autorités marocaines", "Refugees recognised by the Moroccan authorities",
					"اللاجئون المعترف بهم من طرف السلطات المغربية", "maecamre", "administrative-register",
					"maecamre-consular/recognised-refugee" },
			{ "Réfugiés enregistrés par le HCR", "Refugees registered by UNHCR",
					"اللاجئون المسجلون لدى المفوضية السامية لشؤون اللاجئين", "unhcr", "administrative-register",
					"unhcr-morocco/registered-refugee" },
			{ "Demandeurs d'asile enregistrés", "Registered asylum seekers", "طالبو اللجوء المسجلون", "unhcr",
					"administrative-register", "unhcr-morocco/registered-asylum-seeker" },
			{ "Transferts de fonds des Marocains résidant à l'étranger", "Remittances from Moroccans living abroad",
					"تحويلات المغاربة المقيمين بالخارج", "office-des-changes", "administrative-register",
					"office-des-changes-remittances/mre-transfers" },
			{ "Migrants de retour", "Return migrants", "المهاجرون العائدون", "hcp", "sample-survey",
					"hcp-enmi/return-migrant" },
			{ "Migrants internationaux actuels", "Current international migrants", "المهاجرون الدوليون الحاليون", "hcp",
					"sample-survey", "hcp-enmi/current-migrant" },
			{ "Population étrangère résidente", "Resident foreign population", "السكان الأجانب المقيمون", "hcp",
					"census", "hcp-rgph/foreigner" },
			{ "Population légale", "Legal population", "السكان القانونيون", "hcp", "census",
					"hcp-rgph/legal-population" },
			{ "Migrants forcés", "Forced migrants", "المهاجرون القسريون", "hcp", "sample-survey",
					"hcp-forced-migration/forced-migrant" },
			{ "Actifs occupés étrangers", "Employed foreign workers", "الأجانب النشيطون المشتغلون", "hcp",
					"sample-survey", "hcp-ene/employed-person" },
			{ "Migrants régularisés", "Regularised migrants", "المهاجرون الذين تمت تسوية وضعيتهم", "interieur",
					"administrative-register", "regularisation-campaigns/regularised-migrant" },
			{ "Tentatives d'émigration irrégulière avortées", "Failed irregular emigration attempts",
					"محاولات الهجرة غير النظامية المحبطة", "interieur", "administrative-register",
					"interieur-migration/failed-irregular-migration-attempt" },
			{ "Retours volontaires de migrants vulnérables", "Voluntary returns of vulnerable migrants",
					"العودة الطوعية للمهاجرين في وضعية هشاشة", "interieur", "administrative-register",
					"interieur-migration/voluntary-return-vulnerable-migrant" },
			{ "Réseaux de trafic de migrants démantelés", "Migrant smuggling networks dismantled",
					"شبكات تهريب المهاجرين التي تم تفكيكها", "interieur", "administrative-register",
					"interieur-migration/dismantled-smuggling-network" },
			{ "Immigrés en formation professionnelle", "Immigrants in vocational training",
					"المهاجرون في التكوين المهني", "miepeec", "administrative-register",
					"miepeec-labour-migration/immigrant-in-vocational-training" },
			{ "Migrants et réfugiés inscrits à l'ANAPEC", "Migrants and refugees registered with ANAPEC",
					"المهاجرون واللاجئون المسجلون لدى الوكالة الوطنية لإنعاش التشغيل والكفاءات", "anapec",
					"administrative-register", "anapec-intermediation/registered-migrant-or-refugee" },
			{ "Attestations d'activité délivrées aux salariés étrangers",
					"Activity certificates issued to foreign employees", "شهادات النشاط المسلمة للأجراء الأجانب",
					"anapec", "administrative-register",
					"anapec-intermediation/foreign-employee-activity-certificate" },
			{ "Migrants porteurs de projets", "Migrant project holders", "المهاجرون حاملو المشاريع", "anapec",
					"administrative-register", "anapec-intermediation/migrant-regularised-project" } };

	/** Breakdowns in fr, en and ar. */
	private static final String[][] BREAKDOWNS = { { "par sexe et âge", "by sex and age", "حسب الجنس والسن" },
			{ "par nationalité", "by nationality", "حسب الجنسية" },
			{ "par pays de résidence", "by country of residence", "حسب بلد الإقامة" },
			{ "par niveau d'études", "by level of education", "حسب المستوى الدراسي" },
			{ "par secteur d'activité", "by sector of activity", "حسب قطاع النشاط" },
			{ "par profession", "by occupation", "حسب المهنة" },
			{ "par durée de séjour", "by length of stay", "حسب مدة الإقامة" },
			{ "par milieu de résidence", "by urban or rural area", "حسب وسط الإقامة" },
			{ "par motif de migration", "by reason for migration", "حسب دافع الهجرة" },
			{ "par état matrimonial", "by marital status", "حسب الحالة الزواجية" },
			{ "par pays d'origine", "by country of origin", "حسب بلد الأصل" },
			{ "par trimestre", "by quarter", "حسب الفصل" } };

	/** Morocco as a whole, then its 12 regions, in fr, en and ar. */
	private static final String[][] REGIONS = { { "ensemble du Maroc", "Morocco", "المغرب" },
			{ "région de Tanger-Tétouan-Al Hoceïma", "Tanger-Tetouan-Al Hoceima region", "جهة طنجة تطوان الحسيمة" },
			{ "région de l'Oriental", "Oriental region", "جهة الشرق" },
			{ "région de Fès-Meknès", "Fez-Meknes region", "جهة فاس مكناس" },
			{ "région de Rabat-Salé-Kénitra", "Rabat-Sale-Kenitra region", "جهة الرباط سلا القنيطرة" },
			{ "région de Béni Mellal-Khénifra", "Beni Mellal-Khenifra region", "جهة بني ملال خنيفرة" },
			{ "région de Casablanca-Settat", "Casablanca-Settat region", "جهة الدار البيضاء سطات" },
			{ "région de Marrakech-Safi", "Marrakesh-Safi region", "جهة مراكش آسفي" },
			{ "région de Drâa-Tafilalet", "Draa-Tafilalet region", "جهة درعة تافيلالت" },
			{ "région de Souss-Massa", "Souss-Massa region", "جهة سوس ماسة" },
			{ "région de Guelmim-Oued Noun", "Guelmim-Oued Noun region", "جهة كلميم واد نون" },
			{ "région de Laâyoune-Sakia El Hamra", "Laayoune-Sakia El Hamra region", "جهة العيون الساقية الحمراء" },
			{ "région de Dakhla-Oued Ed-Dahab", "Dakhla-Oued Ed-Dahab region", "جهة الداخلة وادي الذهب" } };

	/** Keywords in fr, en and ar. */
	private static final String[][] KEYWORDS = { { "migration", "migration", "الهجرة" },
			{ "emploi", "employment", "التشغيل" }, { "réfugiés", "refugees", "اللاجئون" },
			{ "asile", "asylum", "اللجوء" }, { "transferts de fonds", "remittances", "التحويلات المالية" },
			{ "diaspora", "diaspora", "الجالية" }, { "étrangers", "foreigners", "الأجانب" },
			{ "migration de retour", "return migration", "هجرة العودة" },
			{ "marché du travail", "labour market", "سوق الشغل" }, { "recensement", "census", "الإحصاء العام" },
			{ "enquête", "survey", "البحث الميداني" }, { "titre de séjour", "residence permit", "بطاقة الإقامة" },
			{ "consulats", "consulates", "القنصليات" },
			{ "protection sociale", "social protection", "الحماية الاجتماعية" },
			{ "régularisation", "regularisation", "التسوية" },
			{ "migration irrégulière", "irregular migration", "الهجرة غير النظامية" },
			{ "formation professionnelle", "vocational training", "التكوين المهني" },
			{ "Marocains du monde", "Moroccans abroad", "مغاربة العالم" } };

	/** Optional second sentences of the description, in fr, en and ar. */
	private static final String[][] NOTES = {
			{ "Les effectifs sont arrondis à la centaine.", "Counts are rounded to the nearest hundred.",
					"الأعداد مقربة إلى أقرب مائة." },
			{ "Les chiffres de la dernière année sont provisoires.", "Figures for the latest year are provisional.",
					"أرقام السنة الأخيرة مؤقتة." },
			{ "Les définitions suivent les concepts nationaux du producteur.",
					"Definitions follow the producer's national concepts.",
					"تتبع التعاريف المفاهيم الوطنية للجهة المنتجة." },
			{ "La série a été révisée après le dernier recensement.", "The series was revised after the latest census.",
					"تمت مراجعة السلسلة بعد آخر إحصاء عام." } };

	private static final String[] ACCESS_RIGHTS = { "PUBLIC", "RESTRICTED", "NON_PUBLIC" };

	private SyntheticCatalogue() {
	}

	/**
	 * Writes {@code count} datasets to {@code file} (N-Triples, UTF-8), creating its
	 * directory.
	 * @param file the file to write
	 * @param count how many datasets
	 * @param seed the seed of the random choices
	 * @return the number of triples written
	 * @throws IOException if the file cannot be written
	 */
	public static long write(Path file, int count, long seed) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
			stream.start();
			long triples = write(stream, count, seed);
			stream.finish();
			return triples;
		}
	}

	/** Sends the datasets to {@code stream}; returns the number of triples. */
	public static long write(StreamRDF stream, int count, long seed) {
		Random random = new Random(seed);
		Counter out = new Counter(stream);
		Node type = uri(RDF + "type");
		Node title = uri(DCT + "title");
		Node description = uri(DCT + "description");
		Node keyword = uri(DCAT + "keyword");
		Node publisher = uri(DCT + "publisher");
		Node owner = uri(SIMIMO + "owner");
		Node sourceType = uri(SIMIMO + "sourceType");
		Node measures = uri(SIMIMO + "measures");
		Node temporal = uri(DCT + "temporal");
		Node startDate = uri(DCAT + "startDate");
		Node endDate = uri(DCAT + "endDate");
		Node accessRights = uri(DCT + "accessRights");
		Node source = uri(DCT + "source");
		Node dataset = uri(DCAT + "Dataset");
		Node periodOfTime = uri(DCT + "PeriodOfTime");
		Node hcp2022 = uri("https://w3id.org/simimo/sources/hcp-2022-simimo");
		String[] languages = { "fr", "en", "ar" };
		for (int i = 0; i < count; i++) {
			String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
			String[] breakdown = BREAKDOWNS[random.nextInt(BREAKDOWNS.length)];
			String[] region = REGIONS[(random.nextInt(3) == 0) ? 0 : 1 + random.nextInt(REGIONS.length - 1)];
			int start = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
			int end = Math.min(LAST_YEAR, start + ((random.nextInt(3) == 0) ? random.nextInt(5) : 0));
			String years = (start == end) ? Integer.toString(start) : start + "-" + end;
			String[] producer = (random.nextInt(10) < 7) ? producer(subject[3])
					: PRODUCERS[random.nextInt(PRODUCERS.length)];
			String[] sourceKind = (random.nextInt(10) < 7) ? sourceType(subject[4])
					: SOURCE_TYPES[random.nextInt(SOURCE_TYPES.length)];
			String[] note = NOTES[random.nextInt(NOTES.length)];
			boolean withNote = random.nextBoolean();

			Node s = uri(DATASET + i);
			out.add(s, type, dataset);
			out.add(s, title, text(subject[0] + " " + breakdown[0] + ", " + region[0] + ", " + years, "fr"));
			out.add(s, title, text(subject[1] + " " + breakdown[1] + ", " + region[1] + ", " + years, "en"));
			out.add(s, title, text(subject[2] + " " + breakdown[2] + "، " + region[2] + "، " + years, "ar"));
			out.add(s, description,
					text("Statistiques « " + subject[0] + " » ventilées " + breakdown[0] + ", " + region[0]
							+ ", période " + years + ". Données produites par " + producer[1] + " à partir "
							+ sourceKind[1] + "." + (withNote ? " " + note[0] : ""), "fr"));
			out.add(s, description,
					text("Statistics on “" + subject[1] + "” broken down " + breakdown[1] + ", " + region[1]
							+ ", period " + years + ". Data produced by " + producer[2] + " from " + sourceKind[2] + "."
							+ (withNote ? " " + note[1] : ""), "en"));
			out.add(s, description,
					text("إحصاءات حول «" + subject[2] + "» " + breakdown[2] + "، " + region[2] + "، الفترة " + years
							+ ". معطيات أنتجتها " + producer[3] + " انطلاقا من " + sourceKind[3] + "."
							+ (withNote ? " " + note[2] : ""), "ar"));
			for (int k : distinct(random, KEYWORDS.length, 2 + random.nextInt(3))) {
				for (int l = 0; l < languages.length; l++) {
					out.add(s, keyword, text(KEYWORDS[k][l], languages[l]));
				}
			}
			out.add(s, publisher, uri(PRODUCER + producer[0]));
			out.add(s, owner, uri(PRODUCER + producer[0]));
			out.add(s, sourceType, uri(SOURCE_TYPE + sourceKind[0]));
			out.add(s, measures, uri(CONCEPT + subject[5]));
			if (random.nextInt(10) < 3) {
				String[] other = SUBJECTS[random.nextInt(SUBJECTS.length)];
				if (other != subject) {
					out.add(s, measures, uri(CONCEPT + other[5]));
				}
			}
			Node period = NodeFactory.createBlankNode("period" + i);
			out.add(s, temporal, period);
			out.add(period, type, periodOfTime);
			out.add(period, startDate, NodeFactory.createLiteralDT(start + "-01-01", XSDDatatype.XSDdate));
			out.add(period, endDate, NodeFactory.createLiteralDT(end + "-12-31", XSDDatatype.XSDdate));
			int rights = random.nextInt(20);
			if (rights < 15) {
				// Half public, a fifth restricted, a tenth non-public, a quarter
				// unstated.
				String right = (rights < 10) ? ACCESS_RIGHTS[0] : (rights < 13) ? ACCESS_RIGHTS[1] : ACCESS_RIGHTS[2];
				out.add(s, accessRights, uri(ACCESS_RIGHT + right));
			}
			out.add(s, source, hcp2022);
		}
		return out.triples;
	}

	/** The IRIs of the national concepts the catalogue's datasets measure. */
	public static List<String> conceptIris() {
		List<String> iris = new ArrayList<>();
		for (String[] subject : SUBJECTS) {
			iris.add(CONCEPT + subject[5]);
		}
		return iris;
	}

	private static String[] producer(String key) {
		for (String[] producer : PRODUCERS) {
			if (producer[0].equals(key)) {
				return producer;
			}
		}
		throw new IllegalArgumentException(key);
	}

	private static String[] sourceType(String key) {
		for (String[] type : SOURCE_TYPES) {
			if (type[0].equals(key)) {
				return type;
			}
		}
		throw new IllegalArgumentException(key);
	}

	private static int[] distinct(Random random, int bound, int howMany) {
		int[] picked = new int[howMany];
		int n = 0;
		while (n < howMany) {
			int candidate = random.nextInt(bound);
			boolean seen = false;
			for (int j = 0; j < n; j++) {
				seen |= picked[j] == candidate;
			}
			if (!seen) {
				picked[n++] = candidate;
			}
		}
		return picked;
	}

	private static Node uri(String iri) {
		return NodeFactory.createURI(iri);
	}

	private static Node text(String text, String language) {
		return NodeFactory.createLiteralLang(text, language);
	}

	/** Writes triples and counts them. */
	private static final class Counter {

		private final StreamRDF stream;

		private long triples;

		Counter(StreamRDF stream) {
			this.stream = stream;
		}

		void add(Node s, Node p, Node o) {
			this.stream.triple(Triple.create(s, p, o));
			this.triples++;
		}

	}

	/**
	 * Writes a catalogue: arguments are the file, the count (default 100,000) and the
	 * seed (default 42).
	 * @param args the file, count and seed
	 * @throws IOException if the file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path file = Path.of((args.length > 0) ? args[0] : "target/synthetic/datasets.nt");
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : DEFAULT_COUNT;
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : DEFAULT_SEED;
		System.out.printf("%s: %d datasets, %d triples%n", file, count, write(file, count, seed));
	}

}
