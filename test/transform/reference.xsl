<?xml version="1.0" encoding="UTF-8"?>
<!-- The test of transforms/common.xsl's one-pass functions: each beside its definition (the count or sum of
     earlier nodes, as the stylesheets once computed it at every call: right, but quadratic in a cable's
     length). For every node of a document (a cable or a teiCorpus) the functions are called on, a line is
     written where the two differ; none when they agree. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" xmlns:r="urn:cables:reference" exclude-result-prefixes="#all">

  <xsl:import href="../../transforms/common.xsl"/>

  <xsl:output method="text"/>

  <xsl:function name="r:para-id" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="'p' || count($p/ancestor::tei:text[1]//tei:p[. &lt;&lt; $p]) + 1"/>
  </xsl:function>

  <xsl:function name="r:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'fn' || ($note/@n, count($note/ancestor::tei:text[1]//tei:note[@place = 'foot'][. &lt;&lt; $note]) + 1)[1]"/>
  </xsl:function>

  <xsl:function name="r:block-id" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="block" select="$node/ancestor-or-self::*[self::tei:p[ancestor::tei:text] or self::tei:note[@place = 'foot'] or self::tei:head or self::tei:opener or self::tei:closer or self::tei:abstract][1]"/>
    <xsl:sequence select="if ($block/self::tei:p) then r:para-id($block) else if ($block/self::tei:note) then r:note-id($block) else if ($block) then local-name($block) else 'text'"/>
  </xsl:function>

  <xsl:function name="r:offset" as="xs:integer">
    <xsl:param name="p" as="element()"/>
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="before" select="$p//(text() | tei:gap | tei:lb)[. &lt;&lt; $node][not(ancestor::tei:note)]"/>
    <xsl:sequence select="sum(($before/(if (self::tei:gap) then string-length('[' || (normalize-space(@reason)[. != ''], 'gap')[1] || ']') else if (self::tei:lb) then 1 else string-length(.))), 0)"/>
  </xsl:function>

  <xsl:function name="r:entry" as="element()?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="($context/ancestor-or-self::tei:TEI[1]/tei:standOff/*/*[@xml:id = $id])[1]"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:for-each select="//tei:p">
      <xsl:if test="c:para-id(.) ne r:para-id(.)">para-id <xsl:value-of select="path(.), c:para-id(.), r:para-id(.)"/>&#10;</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//tei:note[@place = 'foot']">
      <xsl:if test="c:note-id(.) ne r:note-id(.)">note-id <xsl:value-of select="path(.), c:note-id(.), r:note-id(.)"/>&#10;</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//tei:text//* | //tei:abstract//*">
      <xsl:if test="c:block-id(.) ne r:block-id(.)">block-id <xsl:value-of select="path(.), c:block-id(.), r:block-id(.)"/>&#10;</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//tei:text//tei:p//(* | text())">
      <xsl:variable name="p" select="ancestor::tei:p[1]"/>
      <xsl:if test="c:offset($p, .) ne r:offset($p, .)">offset <xsl:value-of select="path(.), c:offset($p, .), r:offset($p, .)"/>&#10;</xsl:if>
    </xsl:for-each>
    <xsl:for-each select="//*[@ref | @who]">
      <xsl:variable name="id" select="c:id((@ref, @who)[1])"/>
      <xsl:if test="not(c:entry(., $id) is r:entry(., $id)) and exists((c:entry(., $id), r:entry(., $id)))">entry <xsl:value-of select="path(.), $id"/>&#10;</xsl:if>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
