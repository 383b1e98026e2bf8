# Records a saved glossary in its own graph: a skos:OrderedCollection (and simimo:Glossary) with
# its title, audience, author, date and the settings it is rendered with. The application adds
# its members, as an RDF list (skos:memberList) and as skos:member, in the same transaction.
# Takes ?graph, ?glossary, ?title, ?created (xsd:date), ?languages, ?order, ?orderLanguage,
# ?layout, ?content, and ?audience and ?author when given (an unbound one writes no triple).
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
              simimo:glossaryContent ?content .
  }
}
WHERE {}
