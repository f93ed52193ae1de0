<?xml version="1.0" encoding="UTF-8"?>
<!-- The parameters of every stylesheet, each documented. Drivers import this file first. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">

  <!-- The name of the edition, shown in page titles and the index heading (the build gives edition.config.json's). -->
  <xsl:param name="edition-title" as="xs:string" select="'Harriman Cables: A TEI Edition'"/>

  <!-- The edition's base URI (edition.config.json's baseUri), from which register entries' URIs are made; '' gives none. -->
  <xsl:param name="base-uri" as="xs:string" select="''"/>

  <!-- Register entries whose id changed since the edition published them, as a JSON object of old id to the id of
       the entry now (edition.config.json's registerRedirects, as the build resolved them): the entry's register page
       keeps an anchor under each old id. -->
  <xsl:param name="register-redirects" as="xs:string" select="'{}'"/>

  <!-- The stem of the cable before this one by date ('' when none); the HTML page links to it. -->
  <xsl:param name="prev" as="xs:string" select="''"/>

  <!-- The stem of the cable after this one by date ('' when none). -->
  <xsl:param name="next" as="xs:string" select="''"/>

  <!-- For a teiCorpus: which page to make. '' gives the index; person, place or org a register page; timeline or map
       the timeline or the map. -->
  <xsl:param name="page" as="xs:string" select="''"/>

  <!-- Where the cables' TEI files are, relative to the HTML pages (and to the JSON files, their siblings), with a
       final slash: the build gives the path from dist/html/ to the TEI folder. -->
  <xsl:param name="tei-dir" as="xs:string" select="'../../tei/'"/>

  <!-- Each cable's provenance, as a JSON object by stem: { "<stem>": { "source": "<file>.txt", "sha256": "<hex>" } }
       (the build gives the source file and its SHA-256); a cable it does not list has none (null in the JSON). -->
  <xsl:param name="provenance" as="xs:string" select="'{}'"/>

  <!-- The edition's publisher, the date of this version (ISO 8601) and its licence (edition.config.json's);
       '' gives what the cable's own header says. -->
  <xsl:param name="edition-publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-version" as="xs:string" select="''"/>
  <xsl:param name="edition-licence" as="xs:string" select="''"/>
  <xsl:param name="edition-licence-url" as="xs:string" select="''"/>

  <!-- For the map page: the land of the world as SVG path data in its projection, x = (lon + 180) × $map-scale,
       y = (90 − lat) × $map-scale (the build makes it from Natural Earth data, src/build/basemap.ts); '' gives a map
       of the places alone, on the sea. -->
  <xsl:param name="basemap" as="xs:string" select="''"/>
  <!-- Map units a degree, in the base map and for the places. -->
  <xsl:param name="map-scale" as="xs:decimal" select="4"/>

  <!-- Whether the JSON is indented (the build reformats it anyway; kept for standalone runs). -->
  <xsl:param name="json-indent" as="xs:boolean" select="false()"/>
</xsl:stylesheet>
