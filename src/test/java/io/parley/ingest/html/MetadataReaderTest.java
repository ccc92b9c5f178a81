package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private static MetadataReader reader(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl);
        PageMarks marks = PageMarks.of(doc);
        return new MetadataReader(doc, marks, JsonLd.of(marks.jsonLdScripts()));
    }

    @Test
    void trimsSiteNameAfterBar() {
        assertEquals("Envoys meet in Doha", MetadataReader.trimSiteName("Envoys meet in Doha | Gulf Wire", ""));
    }

    @Test
    void trimsSiteNameAfterDashWhenItMatchesOgSiteName() {
        assertEquals("Envoys meet in Doha",
                MetadataReader.trimSiteName("Envoys meet in Doha - the gulf wire daily", "The Gulf Wire Daily"));
    }

    @Test
    void keepsLowerCaseSecondClauseOfAHeadline() {
        assertEquals("Biden meets Xi — and nothing changes",
                MetadataReader.trimSiteName("Biden meets Xi — and nothing changes", ""));
    }

    @Test
    void keepsShortHeadlines() {
        assertEquals("Talks - Live", MetadataReader.trimSiteName("Talks - Live", ""));
    }

    @Test
    void titlePrefersOpenGraphOverH1AndTitleTag() {
        String html = "<title>T | Site</title><meta property=og:title content='OG headline'><h1>H1 headline</h1>";
        assertEquals("OG headline", reader(html, "").title());
    }

    @Test
    void titleFallsBackToH1ThenTitleTag() {
        assertEquals("The h1 headline", reader("<title>Other</title><h1> The h1\n headline </h1>", "").title());
        assertEquals("Summit closes in Lima", reader("<title>Summit closes in Lima | Andes Post</title>", "").title());
    }

    @Test
    void publishedPrefersJsonLdThenMetaThenTime() {
        String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-02T23:30:00-05:00\"}</script>";
        String meta = "<meta property='article:published_time' content='2025-01-03'>";
        String time = "<time datetime='2025-01-04'>4 Jan</time>";
        assertEquals(LocalDate.of(2025, 1, 2), reader(jsonLd + meta + time, "").published());
        assertEquals(LocalDate.of(2025, 1, 3), reader(meta + time, "").published());
        assertEquals(LocalDate.of(2025, 1, 4), reader(time, "").published());
        assertNull(reader("<p>no date</p>", "").published());
    }

    @Test
    void publishedReadsItempropAndSiteSpecificMetaNames() {
        assertEquals(LocalDate.of(2019, 11, 19),
                reader("<meta itemprop='datePublished dateCreated' content='2019-11-19T11:00:09Z'>", "").published());
        assertEquals(LocalDate.of(2019, 11, 18),
                reader("<meta name='sn-post-date' content='2019/11/18'>", "").published());
        assertNull(reader("<meta name='last-modified-date' content='2019/11/18'>", "").published());
    }

    @Test
    void canonicalIsMadeAbsoluteAgainstTheBaseUrl() {
        String html = "<link rel=canonical href='/a/b'><meta property=og:url content='https://og.example/x'>";
        assertEquals("https://site.example/a/b", reader(html, "https://site.example/z").canonicalUrl());
        assertEquals("https://og.example/x", reader("<meta property=og:url content='https://og.example/x'>", "").canonicalUrl());
        assertNull(reader("<p>none</p>", "").canonicalUrl());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", </script><h1>Still read</h1>";
        assertEquals("Still read", reader(html, "").title());
    }
}
