<?xml version="1.0" encoding="UTF-8"?>
<!--
  Driver: a cable's TEI to its catalogue record, Dublin Core as OAI-PMH carries it (oai_dc), for a
  library's catalogue or a harvester: title, creator (the sender, by the register's regular name), date,
  coverage (the places the cable names), subject (the persons it names, its kind of document), description,
  identifiers (the cable's URI), relation (the archive's page, the printed source), rights, publisher,
  type, format, language. Checked against schema/oai_dc.xsd by the tests.

  Where the edition's base URI is a web address, each place of the coverage and each person of the subject is
  followed by the URI of its register entry, in an element of its own: oai_dc's elements hold a plain literal
  and take no attribute that could carry a URI (dc:SimpleLiteral), and DCMI's usage notes give a subject or a
  coverage as a term of a controlled vocabulary, which a URI identifies; a harvester that wants names reads the
  first, one that links data reads the second. A URN is left out: it identifies, but nothing resolves it.
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:c="urn:cables:functions" exclude-result-prefixes="xs tei c">

  <xsl:import href="params.xsl"/>
  <xsl:import href="uri.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- The cable's register entries by id: looked up once per name, not searched for. -->
  <xsl:key name="entry" match="tei:standOff//*[@xml:id]" use="@xml:id"/>

  <!-- The regular name of the register entry a pointer points at in the cable's standOff, or the words themselves. -->
  <xsl:function name="tei:regular" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="entry" select="key('entry', substring-after($name/@ref, '#'), root($name))"/>
    <xsl:sequence select="normalize-space(($entry/(tei:persName[@type = 'reg'], tei:persName, tei:placeName, tei:orgName)[1], $name)[1])"/>
  </xsl:function>

  <!-- The web URIs of the register entries that names point at (each once), from the base URI; none for a URN base. -->
  <xsl:function name="c:entry-web-uris" as="xs:string*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each select="distinct-values($names/@ref[starts-with(., '#')] ! substring(., 2))">
      <xsl:variable name="entry" select="key('entry', ., root($names[1]))[1]"/>
      <xsl:sequence select="$entry ! c:uri($base-uri, local-name(.), string(@xml:id))[c:web-uri(.)]"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The first of the names that share a pointer, in document order. -->
  <xsl:function name="c:first-of-each" as="element()*">
    <xsl:param name="names" as="element()*"/>
    <xsl:for-each-group select="$names" group-by="string(@ref)">
      <xsl:sequence select="current-group()[1]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- A cable's record: the root of a cable's TEI, or a cable of a teiCorpus (oai.xsl, the static repository). -->
  <xsl:template match="tei:TEI">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="sent" select="$h//tei:correspAction[@type = 'sent']"/>
    <xsl:variable name="text" select="tei:text"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <dc:title><xsl:value-of select="normalize-space($h/tei:fileDesc/tei:titleStmt/tei:title[1])"/></dc:title>
      <xsl:for-each select="($sent/tei:persName)[1]">
        <dc:creator><xsl:value-of select="tei:regular(.)"/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="$h//tei:correspAction[@type = 'received']/tei:persName">
        <dc:contributor><xsl:value-of select="tei:regular(.)"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="($sent/tei:date/@when)[1]">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <!-- Each name once: the first mention of each pointer stands for the others (a long cable repeats them thousands of times). -->
      <!-- A name, then the URI of its entry (see above). -->
      <xsl:for-each-group select="($sent/tei:placeName, c:first-of-each($text//tei:placeName[@ref]))" group-by="tei:regular(.)">
        <dc:coverage><xsl:value-of select="current-grouping-key()"/></dc:coverage>
        <xsl:for-each select="c:entry-web-uris(current-group())"><dc:coverage><xsl:value-of select="."/></dc:coverage></xsl:for-each>
      </xsl:for-each-group>
      <xsl:for-each-group select="c:first-of-each($text//tei:persName[@ref])" group-by="tei:regular(.)">
        <dc:subject><xsl:value-of select="current-grouping-key()"/></dc:subject>
        <xsl:for-each select="c:entry-web-uris(current-group())"><dc:subject><xsl:value-of select="."/></dc:subject></xsl:for-each>
      </xsl:for-each-group>
      <xsl:for-each select="$h//tei:keywords/tei:term">
        <dc:subject><xsl:value-of select="normalize-space(.)"/></dc:subject>
      </xsl:for-each>
      <dc:description>
        <xsl:value-of select="(normalize-space($h/tei:profileDesc/tei:abstract)[. != ''], normalize-space(string-join(($text//tei:head)[1]//text()[not(ancestor::tei:note)]))[. != ''], normalize-space($h/tei:fileDesc/tei:titleStmt/tei:title[1]))[1]"/>
      </dc:description>
      <dc:publisher><xsl:value-of select="normalize-space($h/tei:fileDesc/tei:publicationStmt/tei:publisher)"/></dc:publisher>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="$h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = ('URI', 'cable')]">
        <dc:identifier><xsl:value-of select="normalize-space(.)"/></dc:identifier>
      </xsl:for-each>
      <xsl:for-each select="$h//tei:sourceDesc/tei:bibl">
        <dc:source><xsl:value-of select="normalize-space(string-join((tei:title, tei:publisher, tei:biblScope, tei:idno, text()[normalize-space()]), ', '))"/></dc:source>
        <xsl:for-each select="tei:ref/@target[matches(., '^https?://')]">
          <dc:relation><xsl:value-of select="."/></dc:relation>
        </xsl:for-each>
      </xsl:for-each>
      <dc:language><xsl:value-of select="@xml:lang"/></dc:language>
      <dc:rights>
        <xsl:value-of select="normalize-space(string-join(($h//tei:availability/tei:licence, $h//tei:availability/tei:p), ' '))"/>
      </dc:rights>
    </oai_dc:dc>
  </xsl:template>
</xsl:stylesheet>
