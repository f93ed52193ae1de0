<?xml version="1.0" encoding="UTF-8"?>
<!-- The stable identifiers of the edition, made from its base URI as src/edition-config.ts (uriOf) makes them. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <!-- The URI of a thing of the edition ($kind: cable, person, place, org, collation) from the base URI: base/kind/id
       for a base ending in a slash, base + kind:id for a URN; () when there is no base. -->
  <xsl:function name="c:uri" as="xs:string?">
    <xsl:param name="base" as="xs:string"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if ($base = '') then () else $base || $kind || (if (ends-with($base, '/')) then '/' else ':') || encode-for-uri($id)"/>
  </xsl:function>

  <!-- Whether a URI is one a browser opens (http or https): only such a URI is a link, or a catalogue's identifier. -->
  <xsl:function name="c:web-uri" as="xs:boolean">
    <xsl:param name="uri" as="xs:string?"/>
    <xsl:sequence select="matches(string($uri), '^https?://')"/>
  </xsl:function>
</xsl:stylesheet>
