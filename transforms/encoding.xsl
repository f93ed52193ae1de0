<?xml version="1.0" encoding="UTF-8"?>
<!-- Driver: the ODD (schema/tei-cable.odd) to the edition's page of encoding documentation, encoding.html:
     its prose, then every element the profile keeps, with its attributes and the meaning of each value. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:cables:functions" exclude-result-prefixes="#all">

  <xsl:import href="params.xsl"/>
  <xsl:import href="common.xsl"/>
  <xsl:import href="html/style.xsl"/>
  <xsl:import href="html/page.xsl"/>
  <xsl:import href="html/search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:template match="/">
    <xsl:variable name="odd" select="tei:TEI"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="'The encoding · ' || $edition-title"/>
      <xsl:with-param name="content">
        <article class="encoding">
          <h1>The encoding</h1>
          <p>How the cables are encoded in TEI P5: the customisation (ODD) of the edition, <code>schema/tei-cable.odd</code>, from which this page is made.</p>
          <xsl:for-each select="$odd/tei:text/tei:body/tei:div[tei:p]">
            <h2><xsl:value-of select="tei:head"/></h2>
            <xsl:apply-templates select="tei:p" mode="odd"/>
          </xsl:for-each>
          <h2>Elements</h2>
          <xsl:for-each select="$odd//tei:schemaSpec/tei:moduleRef[@include]">
            <h3>Module <xsl:value-of select="@key"/></h3>
            <dl class="elements">
              <xsl:for-each select="tokenize(@include)">
                <xsl:sort select="lower-case(.)"/>
                <xsl:variable name="spec" select="$odd//tei:elementSpec[@ident = current()]"/>
                <dt id="el-{.}"><code>&lt;<xsl:value-of select="."/>&gt;</code></dt>
                <dd>
                  <p><xsl:value-of select="$spec/tei:desc"/></p>
                  <xsl:if test="$spec/tei:attList/tei:attDef">
                    <table class="attributes">
                      <caption>Attributes of <code><xsl:value-of select="."/></code></caption>
                      <thead><tr><th scope="col">Attribute</th><th scope="col">Meaning</th><th scope="col">Values</th></tr></thead>
                      <tbody>
                        <xsl:for-each select="$spec/tei:attList/tei:attDef">
                          <tr>
                            <th scope="row"><code>@<xsl:value-of select="@ident"/></code></th>
                            <td><xsl:value-of select="tei:desc"/></td>
                            <td>
                              <xsl:choose>
                                <xsl:when test="tei:valList[@type = 'closed']">
                                  <ul>
                                    <xsl:for-each select="tei:valList/tei:valItem">
                                      <li><code><xsl:value-of select="@ident"/></code>: <xsl:value-of select="tei:desc"/></li>
                                    </xsl:for-each>
                                  </ul>
                                </xsl:when>
                                <xsl:otherwise>open</xsl:otherwise>
                              </xsl:choose>
                            </td>
                          </tr>
                        </xsl:for-each>
                      </tbody>
                    </table>
                  </xsl:if>
                </dd>
              </xsl:for-each>
            </dl>
          </xsl:for-each>
        </article>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The ODD's prose: its element and attribute names as code. -->
  <xsl:template match="tei:p" mode="odd"><p><xsl:apply-templates mode="odd"/></p></xsl:template>
  <xsl:template match="tei:gi" mode="odd"><code>&lt;<xsl:value-of select="."/>&gt;</code></xsl:template>
  <xsl:template match="tei:att" mode="odd"><code>@<xsl:value-of select="."/></code></xsl:template>
  <xsl:template match="tei:val | tei:code | tei:ident" mode="odd"><code><xsl:value-of select="."/></code></xsl:template>
</xsl:stylesheet>
