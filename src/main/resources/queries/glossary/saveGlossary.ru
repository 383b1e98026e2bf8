# Records a saved glossary in its own graph: a skos:OrderedCollection (and simimo:Glossary) with
# its title, audience, author, date, the settings it is rendered with, and its members both as
# skos:member and, in the order they were picked, as the RDF list skos:memberList.
# Takes ?graph, ?glossary, ?title, ?created (xsd:date), ?languages, ?order, ?orderLanguage,
# ?layout, ?content, ?size (how many members), ?audience and ?author when given (an unbound one
# writes no triple), and rows of ?position (1, 2, …) ?member, which the write path places as a
# VALUES block at the start of the pattern.
# The list cells are <glossary#member-N>: SPARQL Update can link one row's cell to the next only
# through a name both rows can compute, and a blank node made in a template is new for each row.
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
PREFIX dct:    <http://purl.org/dc/terms/>
PREFIX simimo: <https://w3id.org/simimo/def#>

INSERT {
  GRAPH ?graph {
    ?glossary a skos:OrderedCollection , simimo:Glossary ;
              dct:title ?title ;
              dct:audience ?audience ;
              dct:creator ?author ;
              dct:created ?created ;
              simimo:glossaryLanguages ?languages ;
              simimo:glossaryOrder ?order ;
              simimo:glossaryOrderLanguage ?orderLanguage ;
              simimo:glossaryLayout ?layout ;
              simimo:glossaryContent ?content ;
              skos:memberList ?head ;
              skos:member ?member .
    ?cell rdf:first ?member ;
          rdf:rest ?rest .
  }
}
WHERE {
  BIND(IRI(CONCAT(STR(?glossary), "#member-1")) AS ?head)
  BIND(IRI(CONCAT(STR(?glossary), "#member-", STR(?position))) AS ?cell)
  BIND(IF(?position = ?size, rdf:nil, IRI(CONCAT(STR(?glossary), "#member-", STR(?position + 1)))) AS ?rest)
}
