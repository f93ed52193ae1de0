<?xml version="1.0" encoding="UTF-8"?>
<!--
  Driver: the edition (a teiCorpus of its cables) to its OAI-PMH static repository, the one file that a
  harvester's static repository gateway serves as an OAI-PMH repository (OAI, "Specification for an OAI Static
  Repository and an OAI Static Repository Gateway", 2004): Identify (the edition's name, the baseURL the gateway
  answers at, its contact, day granularity, no deleted records), ListMetadataFormats (oai_dc) and ListRecords of
  oai_dc, a record per cable in the corpus's order, its metadata the cable's Dublin Core record as dc.xsl makes
  it for dist/dc/. Every record carries the edition's version date as its datestamp: the records change with the
  edition's versions, and the file with nothing else (no clock). Checked against schema/static-repository.xsd by
  the build and the tests. The build gives the parameters below only when the edition can be harvested (see
  src/library/oai.ts).
-->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" exclude-result-prefixes="xs tei">

  <xsl:import href="params.xsl"/>
  <xsl:import href="dc.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- Identify/baseURL: the gateway's base URL, a slash and the file's URL without its scheme (or the file's URL). -->
  <xsl:param name="oai-base-url" as="xs:string" select="''"/>
  <!-- What a record's identifier starts with, before cable/<name>: oai:<host of the base URI>:<path of the base URI>. -->
  <xsl:param name="oai-identifier-prefix" as="xs:string" select="''"/>
  <!-- Identify/adminEmail: the edition's contact (edition.config.json's email). -->
  <xsl:param name="oai-admin-email" as="xs:string" select="''"/>

  <xsl:template match="/tei:teiCorpus">
    <Repository xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/static-repository http://www.openarchives.org/OAI/2.0/static-repository.xsd">
      <Identify>
        <oai:repositoryName><xsl:value-of select="$edition-title"/></oai:repositoryName>
        <oai:baseURL><xsl:value-of select="$oai-base-url"/></oai:baseURL>
        <oai:protocolVersion>2.0</oai:protocolVersion>
        <oai:adminEmail><xsl:value-of select="$oai-admin-email"/></oai:adminEmail>
        <oai:earliestDatestamp><xsl:value-of select="$edition-version"/></oai:earliestDatestamp>
        <oai:deletedRecord>no</oai:deletedRecord>
        <oai:granularity>YYYY-MM-DD</oai:granularity>
      </Identify>
      <ListMetadataFormats>
        <oai:metadataFormat>
          <oai:metadataPrefix>oai_dc</oai:metadataPrefix>
          <oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema>
          <oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace>
        </oai:metadataFormat>
      </ListMetadataFormats>
      <ListRecords metadataPrefix="oai_dc">
        <xsl:for-each select="tei:TEI">
          <oai:record>
            <oai:header>
              <!-- The cable's name as its URI has it (uriOf in src/edition-config.ts: the name percent-encoded). -->
              <oai:identifier><xsl:value-of select="$oai-identifier-prefix || 'cable/' || encode-for-uri(normalize-space((tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'cable'])[1]))"/></oai:identifier>
              <oai:datestamp><xsl:value-of select="$edition-version"/></oai:datestamp>
            </oai:header>
            <oai:metadata>
              <xsl:apply-templates select="."/>
            </oai:metadata>
          </oai:record>
        </xsl:for-each>
      </ListRecords>
    </Repository>
  </xsl:template>
</xsl:stylesheet>
