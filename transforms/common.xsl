<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions every output shares: the cable's id, title, date, parties, plain text. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:import href="uri.xsl"/>

  <!-- The cable's stem (its idno type="cable"). -->
  <xsl:function name="c:stem" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'cable'])"/>
  </xsl:function>

  <xsl:function name="c:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
  </xsl:function>

  <!-- The date the cable was sent, as ISO, or ''. -->
  <xsl:function name="c:when" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string(($tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date/@when)[1])"/>
  </xsl:function>

  <!-- The readable date the header gives, or ''. -->
  <xsl:function name="c:date-text" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space(($tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date)[1])"/>
  </xsl:function>

  <!-- Plain text of nodes, as c:raw gives it (notes left out, supplied text kept, gaps as [illegible] or [omitted]), white space normalised. -->
  <xsl:function name="c:plain" as="xs:string">
    <xsl:param name="e" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$e" mode="c:raw"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <!-- What the functions below need of a document is counted once, in one pass over it, by accumulators
       (rather than by counting earlier nodes at each call, which made a cable's cost grow with the square of
       its length). They apply to the source document: -->
  <xsl:mode use-accumulators="#all"/>

  <!-- The paragraphs of a text so far (a text's paragraphs are p1, p2, …; in a teiCorpus each cable's
       text counts from 1). -->
  <xsl:accumulator name="c:paragraphs" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" select="0"/>
    <xsl:accumulator-rule match="tei:text//tei:p" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The footnotes of a text so far. -->
  <xsl:accumulator name="c:footnotes" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text" select="0"/>
    <xsl:accumulator-rule match="tei:text//tei:note[@place = 'foot']" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The length of a paragraph's c:raw text so far: before a node, where the node starts in it (see c:offset;
       a node's own text counts after it, at the end phase).
       In the TEI profile a paragraph holds phrases only (no paragraph inside it, none inside a note). -->
  <xsl:accumulator name="c:raw-length" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:p" select="0"/>
    <xsl:accumulator-rule match="text()[not(ancestor::tei:note)]" phase="end" select="$value + string-length(.)"/>
    <xsl:accumulator-rule match="tei:gap[not(ancestor::tei:note)]" phase="end" select="$value + string-length(c:gap-text(.))"/>
    <xsl:accumulator-rule match="tei:lb[not(ancestor::tei:note)]" phase="end" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The id of a paragraph of the text: p1, p2, … in document order. -->
  <xsl:function name="c:para-id" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="'p' || (if ($p/ancestor::tei:text) then $p ! accumulator-before('c:paragraphs') else 1)"/>
  </xsl:function>

  <!-- Every mention of an entry in a document (a cable or a corpus): names in the text and the abstract, and speech. -->
  <xsl:key name="c:mentions" match="tei:text//(tei:persName | tei:placeName | tei:orgName)[@ref] | tei:abstract//*[@ref]" use="substring-after(@ref, '#')"/>
  <xsl:key name="c:speeches" match="tei:text//tei:said[@who]" use="substring-after(@who, '#')"/>

  <!-- The entries a cable's standOff copies from the registers, by cable and id (in a teiCorpus every cable
       has its own copy of an entry: a key by id alone would give them all to every lookup). -->
  <xsl:key name="c:entries" match="tei:standOff/*/*[@xml:id]" use="generate-id(ancestor::tei:TEI[1]) || '#' || @xml:id"/>

  <!-- The register entry (person, place, org) an id names, from the standOff of the cable the context is in
       (in a teiCorpus, not from another cable's). -->
  <xsl:function name="c:entry" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:variable name="tei" select="$context/ancestor-or-self::tei:TEI[1]"/>
    <xsl:sequence select="if (exists($c:own-entries) and $tei is $c:own-tei) then $c:own-entries($id)
      else if ($tei) then key('c:entries', generate-id($tei) || '#' || $id, root($tei))[1] else ()"/>
  </xsl:function>

  <!-- A cable's own document (its root a TEI: its page, its JSON): the entries of its standOff by id (the first of
       an id, as the key gives it), made once, so that each of its names finds its entry by a lookup; and their
       names (c:entry-name), for the links of its text. Empty for a teiCorpus. -->
  <xsl:variable name="c:own-tei" as="element(tei:TEI)?" select="/tei:TEI"/>
  <xsl:variable name="c:own-entries" as="map(xs:string, element())?"
    select="if ($c:own-tei) then map:merge($c:own-tei//tei:standOff/*/*[@xml:id][ancestor::tei:TEI[1] is $c:own-tei] ! map:entry(string(@xml:id), .), map { 'duplicates': 'use-first' }) else ()"/>
  <xsl:variable name="c:own-entry-names" as="map(xs:string, xs:string)?"
    select="if (exists($c:own-entries)) then map:merge(map:keys($c:own-entries) ! map:entry(., c:entry-name($c:own-entries(.)))) else ()"/>

  <!-- The id a pointer (#id) names. -->
  <xsl:function name="c:id" as="xs:string">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="substring-after(string($pointer), '#')"/>
  </xsl:function>

  <!-- An entry's regular name: for a person the reg name turned round ("Stalin, Joseph" is "Joseph Stalin"). -->
  <xsl:function name="c:entry-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="reg" select="normalize-space(($entry/tei:persName[@type = 'reg'], $entry/(tei:placeName | tei:orgName)[not(@type)])[1])"/>
    <xsl:sequence select="if ($entry/self::tei:person and contains($reg, ', ')) then substring-after($reg, ', ') || ' ' || substring-before($reg, ', ') else $reg"/>
  </xsl:function>

  <!-- An entry's short name, as the cables use it (its first form). -->
  <xsl:function name="c:entry-short" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="normalize-space(($entry/(tei:persName | tei:placeName | tei:orgName)[@type = 'variant'], $entry/(tei:placeName | tei:orgName))[1])"/>
  </xsl:function>

  <!-- The kind of an entry, as the JSON and the register pages name it. -->
  <xsl:function name="c:entry-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$c:entry-kinds(local-name($entry))"/>
  </xsl:function>

  <!-- The kinds of entries, and of names in the text, by element name (built once, not at each call). -->
  <xsl:variable name="c:entry-kinds" as="map(xs:string, xs:string)" select="map { 'person': 'person', 'place': 'place', 'org': 'org' }"/>
  <xsl:variable name="c:element-kinds" as="map(xs:string, xs:string)" select="map { 'persName': 'person', 'placeName': 'place', 'orgName': 'org' }"/>
  <xsl:variable name="c:register-pages" as="map(xs:string, xs:string)" select="map { 'person': 'persons.html', 'place': 'places.html', 'org': 'orgs.html', 'persName': 'persons.html', 'placeName': 'places.html', 'orgName': 'orgs.html' }"/>

  <!-- The register page of an entry kind. -->
  <xsl:function name="c:register-page" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="$c:register-pages($kind)"/>
  </xsl:function>

  <!-- The id of a footnote: fn1, fn2, … by its number, else by its place among the text's footnotes. -->
  <xsl:function name="c:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'fn' || (if ($note/@n) then $note/@n else if ($note[@place = 'foot']/ancestor::tei:text) then $note ! accumulator-before('c:footnotes') else count($note/ancestor::tei:text[1]//tei:note[@place = 'foot'][. &lt;&lt; $note]) + 1)"/>
  </xsl:function>

  <!-- The id of the block a node stands in, as the HTML page has it: p1…, head, opener, closer, fn1…, abstract. -->
  <xsl:function name="c:block-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="block" select="$node/ancestor-or-self::*[self::tei:p[ancestor::tei:text] or self::tei:note[@place = 'foot'] or self::tei:head or self::tei:opener or self::tei:closer or self::tei:abstract][1]"/>
    <xsl:sequence select="if ($block/self::tei:p) then c:para-id($block) else if ($block/self::tei:note) then c:note-id($block) else if ($block) then local-name($block) else 'text'"/>
  </xsl:function>

  <!-- A paragraph's text for the JSON edition: notes left out, gaps as [illegible] or [omitted], line breaks as spaces;
       not otherwise normalised, so that offsets into it are counted the same way (c:offset). -->
  <xsl:function name="c:raw" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$p/node()" mode="c:raw"/>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <xsl:template match="tei:note" mode="c:raw"/>
  <xsl:template match="tei:lb" mode="c:raw"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:gap" mode="c:raw"><xsl:value-of select="c:gap-text(.)"/></xsl:template>

  <!-- A gap as the text shows it: its reason in brackets, as the HTML page has it ([illegible], [omitted]). -->
  <xsl:function name="c:gap-text" as="xs:string">
    <xsl:param name="gap" as="element(tei:gap)"/>
    <xsl:sequence select="'[' || (normalize-space($gap/@reason)[. != ''], 'gap')[1] || ']'"/>
  </xsl:function>
  <xsl:template match="text()" mode="c:raw"><xsl:value-of select="translate(., '&#10;&#13;&#9;', '   ')"/></xsl:template>
  <xsl:template match="*" mode="c:raw"><xsl:apply-templates mode="c:raw"/></xsl:template>

  <!-- Where a node starts in its block's c:raw text (0-based, in characters): for a paragraph of the text, the
       accumulator's count before it; for any other block (a head, an opener or closer line, a note, a paragraph
       inside a note), the sum of what precedes it in the block (notes inside the block left out). -->
  <xsl:function name="c:offset" as="xs:integer">
    <xsl:param name="p" as="element()"/>
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="if ($node/ancestor::tei:p[1] is $p and not($p/ancestor::tei:note)) then $node ! accumulator-before('c:raw-length')
      else sum(($p//(text() | tei:gap | tei:lb)[. &lt;&lt; $node][not(ancestor::tei:note except $p)]/(if (self::tei:gap) then string-length(c:gap-text(.)) else if (self::tei:lb) then 1 else string-length(.))), 0)"/>
  </xsl:function>

  <!-- The pages a cable stands on, as its header's page range gives them (biblScope unit="page"): every page from
       the first to the last when both are numbers, else the first and the last. -->
  <xsl:function name="c:pages" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="scope" select="($tei/tei:teiHeader//tei:sourceDesc//tei:biblScope[@unit = 'page'])[1]"/>
    <xsl:sequence select="if ($scope/@from castable as xs:integer and $scope/@to castable as xs:integer and xs:integer($scope/@to) ge xs:integer($scope/@from))
      then (xs:integer($scope/@from) to xs:integer($scope/@to)) ! string(.)
      else if ($scope) then distinct-values(($scope/@from, $scope/@to) ! string(.)) else ()"/>
  </xsl:function>

  <!-- The page range as a reader cites it: 378–379, or 412; '' when the source has no pages. -->
  <xsl:function name="c:page-range" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="pages" select="c:pages($tei)"/>
    <xsl:sequence select="if (count($pages) gt 1) then $pages[1] || '–' || $pages[last()] else string($pages[1])"/>
  </xsl:function>

  <!-- A party of the header (persName, placeName): its register entry's name, or its own words when it has no entry. -->
  <xsl:function name="c:party-name" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="if ($name/@ref) then c:entry($name, c:id($name/@ref)) else ()"/>
    <xsl:sequence select="if ($entry) then c:entry-name($entry) else normalize-space($name)"/>
  </xsl:function>

  <!-- The cables of a corpus ordered by date, undated last, then by stem. -->
  <xsl:function name="c:by-date" as="element(tei:TEI)*">
    <xsl:param name="cables" as="element(tei:TEI)*"/>
    <xsl:perform-sort select="$cables">
      <xsl:sort select="if (c:when(.) = '') then 1 else 0"/>
      <xsl:sort select="c:when(.)"/>
      <xsl:sort select="c:stem(.)"/>
    </xsl:perform-sort>
  </xsl:function>
</xsl:stylesheet>
