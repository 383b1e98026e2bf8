package ma.hcp.simimo.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import ma.hcp.simimo.glossary.Glossary.Counterpart;
import ma.hcp.simimo.glossary.Glossary.DefinitionOrigin;
import ma.hcp.simimo.glossary.Glossary.DivergenceNote;
import ma.hcp.simimo.glossary.Glossary.Entry;
import ma.hcp.simimo.glossary.Glossary.Link;
import ma.hcp.simimo.store.Vocab;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The glossary as SKOS Turtle: a skos:OrderedCollection (the entries keep their order in
 * skos:memberList) with its title, audience, author and date, and each concept with its
 * labels, definitions and chosen content in the chosen languages. The plain-language
 * divergence notes are skos:note.
 */
@Component
class GlossaryTurtle implements GlossaryFormat {

	@Override
	public String name() {
		return "ttl";
	}

	@Override
	public MediaType mediaType() {
		return MediaType.parseMediaType("text/turtle;charset=UTF-8");
	}

	@Override
	public void write(Glossary glossary, Locale locale, OutputStream out) throws IOException {
		RDFDataMgr.write(out, model(glossary), Lang.TURTLE);
	}

	static Model model(Glossary glossary) {
		Model model = ModelFactory.createDefaultModel();
		model.setNsPrefix("skos", SKOS.uri);
		model.setNsPrefix("dct", DCTerms.NS);
		model.setNsPrefix("xsd", XSDDatatype.XSD + "#");
		Glossary.Metadata metadata = glossary.metadata();
		Resource collection = metadata.isSaved() ? model.createResource(metadata.iri()) : model.createResource();
		collection.addProperty(RDF.type, SKOS.OrderedCollection);
		addText(collection, DCTerms.title, metadata.title(), "");
		addText(collection, DCTerms.audience, metadata.audience(), "");
		addText(collection, DCTerms.creator, metadata.author(), "");
		if (!metadata.created().isEmpty()) {
			collection.addProperty(DCTerms.created, model.createTypedLiteral(metadata.created(), XSDDatatype.XSDdate));
		}
		collection.addProperty(DCTerms.language, String.join(",", glossary.languages()));
		List<RDFNode> members = new ArrayList<>();
		for (Entry entry : glossary.entries()) {
			Resource concept = model.createResource(entry.iri()).addProperty(RDF.type, SKOS.Concept);
			members.add(concept);
			collection.addProperty(SKOS.member, concept);
			GlossaryRequest request = glossary.request();
			for (String language : glossary.languages()) {
				addText(concept, SKOS.prefLabel, entry.label().in(language), language);
				if (request.shows("definition")) {
					addText(concept, SKOS.definition, entry.definition().in(language), language);
					addOrigin(concept, entry, language);
				}
				if (request.shows("divergences")) {
					for (DivergenceNote note : entry.divergences()) {
						addText(concept, SKOS.note, PrintedGlossary.plain(note.note().in(language)), language);
					}
				}
			}
			if (entry.scheme() != null && !entry.scheme().iri().isEmpty()) {
				concept.addProperty(SKOS.inScheme, model.createResource(entry.scheme().iri()));
			}
			if (request.shows("source")) {
				entry.sources().forEach((source) -> link(concept, DCTerms.source, source, DCTerms.title, glossary));
			}
			if (request.shows("related")) {
				entry.related().forEach((related) -> link(concept, SKOS.related, related, SKOS.prefLabel, glossary));
			}
			if (request.shows("counterpart")) {
				for (Counterpart counterpart : entry.counterparts()) {
					Resource other = link(concept, concept.getModel().createProperty(SKOS.uri + counterpart.relation()),
							counterpart.concept(), SKOS.prefLabel, glossary);
					if (other != null) {
						for (String language : glossary.languages()) {
							addText(other, SKOS.definition, counterpart.definition().in(language), language);
						}
					}
				}
			}
		}
		collection.addProperty(SKOS.memberList, model.createList(members.iterator()));
		return model;
	}

	private static Resource link(Resource subject, Property property, Link link, Property labelProperty,
			Glossary glossary) {
		if (link.iri().isEmpty()) {
			return null;
		}
		Resource object = subject.getModel().createResource(link.iri());
		subject.addProperty(property, object);
		for (String language : glossary.languages()) {
			addText(object, labelProperty, link.label().in(language), language);
		}
		return object;
	}

	/**
	 * Says, as the content files do, whether the definition in {@code language} is an
	 * official text or a SIMIMO translation, so the marker travels with the exported
	 * text.
	 */
	private static void addOrigin(Resource concept, Entry entry, String language) {
		DefinitionOrigin origin = entry.definitionOrigins().get(language);
		if (origin == null || !entry.definition().has(language)) {
			return;
		}
		Resource node = concept.getModel()
			.createResource()
			.addProperty(RDF.type,
					origin.isTranslation() ? Vocab.DEFINITION_TRANSLATION : Vocab.OFFICIAL_LANGUAGE_VERSION)
			.addProperty(DCTerms.language, language);
		if (origin.isTranslation()) {
			node.addProperty(Vocab.TRANSLATED_FROM, origin.translatedFrom());
		}
		addText(node, SKOS.note, origin.note().text(), origin.note().language());
		concept.addProperty(Vocab.DEFINITION_ORIGIN, node);
	}

	private static void addText(Resource subject, Property property, String text, String language) {
		if (!text.isEmpty() && !subject.hasProperty(property, subject.getModel().createLiteral(text, language))) {
			subject.addProperty(property, text, language);
		}
	}

}
