<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows rss.xml and atom.xml to a person who opens them in a browser: the feed's title,
     how to subscribe, and its entries, each in its own language and direction. Aggregators
     ignore it: the feed itself is unchanged. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
<xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

<!-- The primary language subtags written right to left, space-separated and padded. -->
<xsl:variable name="rtl" select="' ar arc ckb dv fa he ks ku ps sd ug ur yi '"/>

<xsl:template name="direction">
  <xsl:param name="language"/>
  <xsl:variable name="primary" select="translate(substring-before(concat($language, '-'), '-'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
  <xsl:choose>
    <xsl:when test="$primary = ''">auto</xsl:when>
    <xsl:when test="contains($rtl, concat(' ', $primary, ' '))">rtl</xsl:when>
    <xsl:otherwise>ltr</xsl:otherwise>
  </xsl:choose>
</xsl:template>

<xsl:template name="page">
  <xsl:param name="title"/>
  <xsl:param name="description"/>
  <xsl:param name="language"/>
  <xsl:param name="home"/>
  <xsl:param name="kind"/>
  <xsl:param name="entries"/>
  <xsl:variable name="direction">
    <xsl:call-template name="direction"><xsl:with-param name="language" select="$language"/></xsl:call-template>
  </xsl:variable>
  <html dir="{$direction}">
    <xsl:if test="$language"><xsl:attribute name="lang"><xsl:value-of select="$language"/></xsl:attribute></xsl:if>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="$title"/></title>
      <style>body { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; font: 1.125rem/1.7 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
h1 { line-height: 1.3; }
.meta, footer { color: #555; font-size: 0.95rem; }
.dateline { font-weight: 600; }
.above { color: #555; font-size: 0.95rem; margin-bottom: 0.25rem; }
.tags { list-style: none; padding: 0; display: flex; gap: 0.5rem; flex-wrap: wrap; }
.tags li { background: #eef; padding: 0 0.5rem; border-radius: 0.25rem; }
a { color: #0645ad; }</style>
    </head>
    <body>
      <header>
        <h1><xsl:value-of select="$title"/></h1>
        <p dir="auto"><xsl:value-of select="$description"/></p>
        <p class="subscribe" dir="ltr">This is the site's <xsl:value-of select="$kind"/> feed: copy its address into a feed reader to follow it. <a href="{$home}">Visit the site</a></p>
      </header>
      <main>
        <ul class="entries">
          <xsl:copy-of select="$entries"/>
        </ul>
      </main>
    </body>
  </html>
</xsl:template>

<xsl:template name="entry">
  <xsl:param name="title"/>
  <xsl:param name="link"/>
  <xsl:param name="date"/>
  <xsl:param name="summary"/>
  <xsl:param name="language"/>
  <xsl:variable name="direction">
    <xsl:call-template name="direction"><xsl:with-param name="language" select="$language"/></xsl:call-template>
  </xsl:variable>
  <li dir="{$direction}">
    <xsl:if test="$language"><xsl:attribute name="lang"><xsl:value-of select="$language"/></xsl:attribute></xsl:if>
    <h2><a href="{$link}"><xsl:value-of select="$title"/></a></h2>
    <p class="meta"><time dir="ltr"><xsl:value-of select="$date"/></time></p>
    <p><xsl:value-of select="$summary"/></p>
  </li>
</xsl:template>

<xsl:template match="/rss">
  <xsl:variable name="feed-language" select="channel/language"/>
  <xsl:call-template name="page">
    <xsl:with-param name="title" select="channel/title"/>
    <xsl:with-param name="description" select="channel/description"/>
    <xsl:with-param name="language" select="$feed-language"/>
    <xsl:with-param name="home" select="channel/link"/>
    <xsl:with-param name="kind">RSS</xsl:with-param>
    <xsl:with-param name="entries">
      <xsl:for-each select="channel/item">
        <xsl:call-template name="entry">
          <xsl:with-param name="title" select="title"/>
          <xsl:with-param name="link" select="link"/>
          <xsl:with-param name="date" select="pubDate"/>
          <xsl:with-param name="summary" select="description"/>
          <xsl:with-param name="language" select="$feed-language"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

<xsl:template match="/atom:feed">
  <xsl:variable name="feed-language" select="@xml:lang"/>
  <xsl:call-template name="page">
    <xsl:with-param name="title" select="atom:title"/>
    <xsl:with-param name="description" select="atom:subtitle"/>
    <xsl:with-param name="language" select="$feed-language"/>
    <xsl:with-param name="home" select="atom:link[@rel='alternate']/@href"/>
    <xsl:with-param name="kind">Atom</xsl:with-param>
    <xsl:with-param name="entries">
      <xsl:for-each select="atom:entry">
        <xsl:call-template name="entry">
          <xsl:with-param name="title" select="atom:title"/>
          <xsl:with-param name="link" select="atom:link[@rel='alternate']/@href"/>
          <xsl:with-param name="date" select="substring(atom:published, 1, 10)"/>
          <xsl:with-param name="summary" select="atom:summary"/>
          <xsl:with-param name="language">
            <xsl:choose>
              <xsl:when test="@xml:lang"><xsl:value-of select="@xml:lang"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$feed-language"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:with-param>
  </xsl:call-template>
</xsl:template>

</xsl:stylesheet>
