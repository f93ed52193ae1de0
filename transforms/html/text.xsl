<?xml version="1.0" encoding="UTF-8"?>
<!-- The text of a cable: structure (div, head, opener, p, closer) and the editors' signs. Mode "text". -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:template match="tei:div" mode="text">
    <div class="cable" data-tei="div">
      <xsl:apply-templates mode="text"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'source']" mode="text">
    <p class="source-note" data-tei="note"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:head" mode="text">
    <p class="head" id="head" data-tei="head"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer" mode="text">
    <div class="{local-name()}" id="{local-name()}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:opener/* | tei:closer/*" mode="text" priority="0.6">
    <p class="{string-join((local-name(), @type), ' ')}" id="{local-name(..)}{count(preceding-sibling::*[not(self::tei:pb)]) + 1}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:p" mode="text">
    <p data-tei="p" id="{c:para-id(.)}"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <!-- A page break between paragraphs gets a paragraph of its own so the marker has a line. -->
  <xsl:template match="tei:div/tei:pb | tei:opener/tei:pb" mode="text" priority="1">
    <p class="pb-line"><xsl:next-match/></p>
  </xsl:template>

  <!-- A page break: a mark at its place in the line, and the page's number in the margin (in the line on a narrow screen). -->
  <xsl:template match="tei:pb" mode="text">
    <span class="pb" id="page-{@n}" data-tei="pb" data-n="{@n}"><span class="pb-mark" aria-hidden="true">|</span><span class="pb-n">[Page <xsl:value-of select="@n"/>]</span></span>
  </xsl:template>

  <xsl:template match="tei:lb" mode="text"><br/></xsl:template>

  <!-- One pair of brackets for supplied text that a name's edge divides (`[Washington,]`: the name, then its comma). -->
  <xsl:template match="tei:supplied" mode="text">
    <span class="supplied" data-tei="supplied" title="supplied by the editors"><xsl:if test="not(preceding::node()[1][ancestor::tei:supplied])">[</xsl:if><xsl:apply-templates mode="text"/><xsl:if test="not(following::node()[1][self::tei:supplied])">]</xsl:if></span>
  </xsl:template>

  <xsl:template match="tei:gap" mode="text">
    <span class="gap" data-tei="gap" title="{@reason}">[<xsl:value-of select="@reason"/>]</span>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'gloss']" mode="text">
    <span class="gloss" data-tei="note" title="the editors’ gloss"> [<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'editorial']" mode="text">
    <span class="editorial" data-tei="note">[<xsl:apply-templates mode="text"/>]</span>
  </xsl:template>

  <xsl:template match="tei:div/tei:note[@type = 'editorial'] | tei:opener/tei:note[@type = 'editorial']" mode="text" priority="1">
    <p class="editorial-line"><xsl:next-match/></p>
  </xsl:template>

  <xsl:template match="tei:note[@place = 'foot']" mode="text">
    <a class="fnref" href="#{c:note-id(.)}" id="{c:note-id(.)}-ref" role="doc-noteref" aria-label="note {@n}"><xsl:value-of select="@n"/></a>
  </xsl:template>

  <xsl:template match="tei:seg" mode="text">
    <span class="{string-join(('seg', @type), ' ')}" data-tei="seg"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:idno" mode="text">
    <span class="idno" data-tei="idno" data-type="{@type}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <xsl:template match="tei:hi" mode="text"><b data-tei="hi"><xsl:apply-templates mode="text"/></b></xsl:template>

  <xsl:template match="tei:date[@when]" mode="text">
    <time datetime="{@when}" data-tei="date"><xsl:apply-templates mode="text"/></time>
  </xsl:template>

  <!-- A name links to its entry on the register page; a pointer to no entry is shown, and reported. -->
  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref]" mode="text">
    <xsl:variable name="id" select="c:id(@ref)"/>
    <xsl:variable name="entry" select="c:entry(., $id)"/>
    <xsl:choose>
      <xsl:when test="$entry">
        <a class="name {local-name()}" href="{c:register-page(local-name())}#{$id}" title="{if (exists($c:own-entry-names)) then $c:own-entry-names($id) else c:entry-name($entry)}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:message error-code="Q{{urn:cables}}dangling-pointer">&lt;<xsl:value-of select="local-name()"/>&gt; “<xsl:value-of select="normalize-space(.)"/>” points at <xsl:value-of select="@ref"/>, which is not in the standOff; shown without a link</xsl:message>
        <span class="name unresolved {local-name()}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName" mode="text">
    <span class="name {local-name()}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- Speech: marked as such, its speaker named on hover. Its tint and its speaker's label show only when the
       reader asks (the box before the text); the label then stands above the line where the words begin, out of
       the run of the sentence (a quotation inside its own speaker's report gets none). -->
  <xsl:template match="tei:said" mode="text">
    <xsl:variable name="entry" select="c:entry(., c:id(@who))"/>
    <xsl:variable name="kind" select="if (@direct = 'true') then 'direct' else 'reported'"/>
    <xsl:variable name="name" select="if ($entry) then c:entry-name($entry) else string(@who)"/>
    <xsl:if test="not($entry)">
      <xsl:message error-code="Q{{urn:cables}}dangling-pointer">&lt;said&gt; points at <xsl:value-of select="@who"/>, which is not in the standOff; its speaker is shown as the pointer</xsl:message>
    </xsl:if>
    <span class="said said-{$kind}" data-tei="said" data-who="{c:id(@who)}" title="{if ($kind = 'direct') then 'Direct' else 'Reported'} speech of {$name}">
      <xsl:if test="not(ancestor::tei:said[1]/@who = @who)"><span class="speaker"><xsl:value-of select="if ($entry) then c:entry-short($entry) else $name"/></span></xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
  </xsl:template>

  <!-- Anything else is shown, never dropped: its text in a span named after the element, and a message. -->
  <xsl:template match="*" mode="text">
    <xsl:message error-code="Q{{urn:cables}}unrendered">&lt;<xsl:value-of select="name()"/>&gt; in &lt;<xsl:value-of select="name(..)"/>&gt; has no rendering of its own; its text is shown as it is</xsl:message>
    <span class="tei-{local-name()}" data-tei="{local-name()}"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- The footnotes, numbered, each linking back to its reference. -->
  <xsl:template name="footnotes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="exists($notes)">
      <section class="notes" aria-labelledby="notes-heading" role="doc-endnotes">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="{c:note-id(.)}" value="{if (@n castable as xs:integer) then @n else position()}">
              <xsl:apply-templates mode="text"/>
              <xsl:text> </xsl:text>
              <a href="#{c:note-id(.)}-ref" role="doc-backlink" aria-label="back to the reference of note {@n}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>


</xsl:stylesheet>
