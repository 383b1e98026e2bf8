package ma.hcp.simimo.linkeddata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ma.hcp.simimo.kernel.RdfFormat;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/** A GET mapping that produces every {@link RdfFormat}, with the body written as RDF. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestMapping(method = RequestMethod.GET,
		produces = { RdfFormat.MediaTypes.TURTLE, RdfFormat.MediaTypes.JSON_LD, RdfFormat.MediaTypes.RDF_XML,
				RdfFormat.MediaTypes.N_TRIPLES, RdfFormat.MediaTypes.N_QUADS, RdfFormat.MediaTypes.TRIG })
@ResponseBody
@interface RdfGetMapping {

	@AliasFor(annotation = RequestMapping.class)
	String[] path();

}
